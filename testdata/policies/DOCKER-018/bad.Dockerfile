# syntax=docker/dockerfile:1-labs
FROM alpine:3.20
# expect-next-line: DOCKER-018
RUN --security=insecure mount -t tmpfs none /mnt
