FROM alpine:3.20
# expect-next-line: DOCKER-016
RUN cd /src && make install
