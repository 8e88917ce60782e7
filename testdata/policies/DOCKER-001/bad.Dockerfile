FROM alpine:3.20
RUN adduser -D app
USER app
RUN echo configured
# expect-next-line: DOCKER-001
USER root
CMD ["httpd", "-f"]
