FROM debian:12
# expect-next-line: DOCKER-024
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
