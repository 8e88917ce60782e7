FROM alpine:3.20
# expect-next-line: DOCKER-005
ADD https://example.com/releases/tool-1.2.3.tar.gz /tmp/
ADD --chmod=755 \
# expect-next-line: DOCKER-005
    http://example.com/entrypoint.sh /entrypoint.sh
