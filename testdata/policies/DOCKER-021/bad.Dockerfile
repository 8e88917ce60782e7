FROM alpine:3.20
# expect-next-line: DOCKER-021
MAINTAINER Jane Doe <jane@example.com>
