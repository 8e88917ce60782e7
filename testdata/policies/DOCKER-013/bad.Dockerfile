FROM golang:1.22 AS build
RUN go build -o /app .
# expect-next-line: DOCKER-013
FROM alpine:3.20
COPY --from=build /app /app
EXPOSE 8080
CMD ["/app"]
