FROM alpine:3.20 AS base
# expect-next-line: DOCKER-009
RUN apk add curl
FROM base
RUN echo done
