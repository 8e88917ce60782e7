FROM ubuntu:24.04
RUN apt-get update \
# expect-next-line: DOCKER-011
 && sudo apt-get install -y --no-install-recommends make
USER app
# expect-next-line: DOCKER-011
RUN sudo -E make install
