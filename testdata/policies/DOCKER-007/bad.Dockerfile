FROM debian:12
# expect-next-line: DOCKER-007
RUN apt-get update && apt-get install --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
FROM rockylinux:9
# expect-next-line: DOCKER-007
RUN dnf install curl && dnf clean all
FROM opensuse/leap:15.6
# expect-next-line: DOCKER-007
RUN zypper install curl && zypper clean --all
