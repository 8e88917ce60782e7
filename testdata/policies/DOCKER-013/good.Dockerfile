FROM alpine:3.20 AS base
HEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
FROM base
EXPOSE 8080
CMD ["/app"]
