FROM rockylinux:9
# expect-next-line: DOCKER-009
RUN dnf install -y curl
