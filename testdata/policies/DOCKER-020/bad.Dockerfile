FROM rockylinux:9
# expect-next-line: DOCKER-020
RUN dnf install -y --nogpgcheck https://example.com/tool.rpm && dnf clean all
FROM alpine:3.20
# expect-next-line: DOCKER-020
RUN apk add --no-cache --allow-untrusted --repository https://packages.example.com/alpine tool
FROM debian:12
# expect-next-line: DOCKER-020
RUN echo "deb [trusted=yes] http://repo.example.com/ ./" > /etc/apt/sources.list.d/x.list
