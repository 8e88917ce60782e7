FROM alpine:3.20 AS build
RUN apk add gcc musl-dev

FROM debian:12 AS deb
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \
    apt-get update && apt-get install -y --no-install-recommends make

FROM rockylinux:9
RUN dnf install -y curl && dnf clean all
RUN apk add --no-cache curl
