FROM golang:1.22 AS builder
RUN go build -o /app .
FROM alpine:3.20 AS runtime
# expect-next-line: DOCKER-023
COPY --from=biulder /app /app
# expect-next-line: DOCKER-023
COPY --from=runtime /etc/x /etc/x
# expect-next-line: DOCKER-023
COPY --from=3 /y /y
# expect-next-line: DOCKER-023
COPY --from=docs /site /site
FROM nginx:1.27 AS docs
