FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && apt-get -qq install --no-install-recommends make \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get install $APT_FLAGS curl
FROM rockylinux:9
RUN dnf -y install curl && dnf clean all
FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all
