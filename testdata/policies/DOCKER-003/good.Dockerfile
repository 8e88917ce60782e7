ARG BASE
FROM golang:1.22@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac AS build
FROM build AS test
FROM ${BASE}
FROM scratch
COPY --from=build /app /app
