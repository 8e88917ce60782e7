FROM alpine:3.20
# expect-next-line: DOCKER-017
RUN mkdir -p /data && chmod 777 /data
# expect-next-line: DOCKER-017
RUN chmod -R a+rwX /app
