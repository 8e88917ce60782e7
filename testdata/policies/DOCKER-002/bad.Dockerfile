ARG BASE_TAG=latest
# expect-next-line: DOCKER-002
FROM golang AS build
RUN go build -o /app .

# expect-next-line: DOCKER-002
FROM nginx:latest
COPY --from=build /app /app

# expect-next-line: DOCKER-002
FROM registry.example.com:5000/team/base:${BASE_TAG}
COPY --from=build /app /app
