# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN --mount=type=cache,target=/root/.cache --network=none make
