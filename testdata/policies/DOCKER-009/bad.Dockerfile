FROM debian:12
# expect-next-line: DOCKER-009
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN rm -rf /var/lib/apt/lists/*
