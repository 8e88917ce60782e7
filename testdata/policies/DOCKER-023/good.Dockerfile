ARG TOOLS=ghcr.io/example/tools:1.0
FROM golang:1.22 AS builder
FROM alpine:3.20
COPY --from=builder /app /app
COPY --from=Builder /app2 /app2
COPY --from=0 /app3 /app3
COPY --from=busybox:1.36 /bin/busybox /busybox
COPY --from=ghcr.io/example/tools /bin/tool /tool
COPY --from=${TOOLS} /bin/x /x
