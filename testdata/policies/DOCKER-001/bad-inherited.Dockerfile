FROM alpine:3.20 AS base
# expect-next-line: DOCKER-001
USER 0

FROM base
CMD ["sh"]
