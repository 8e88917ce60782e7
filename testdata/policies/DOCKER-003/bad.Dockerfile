# expect-next-line: DOCKER-003
FROM golang:1.22 AS build
RUN go build -o /app .

# expect-next-line: DOCKER-003
FROM localhost:5000/base:1.0
COPY --from=build /app /app
