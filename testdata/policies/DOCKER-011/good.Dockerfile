FROM ubuntu:24.04
USER root
RUN apt-get update && apt-get install -y --no-install-recommends sudo make
RUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app
USER app
