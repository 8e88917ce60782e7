FROM ubuntu:24.04
# expect-next-line: DOCKER-012
EXPOSE 80 22/tcp
