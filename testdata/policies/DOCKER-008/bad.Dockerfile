FROM ubuntu:24.04 AS build
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*

FROM ubuntu:24.04
RUN apt-get update \
# expect-next-line: DOCKER-008
 && apt-get install -y ca-certificates \
 && rm -rf /var/lib/apt/lists/*
