ARG BASE
ARG ALPINE=3.20
FROM golang:1.22 AS build
FROM build AS test
FROM ${BASE}
FROM alpine:${ALPINE}
FROM nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
FROM scratch
