FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends \
# expect-next-line: DOCKER-025
      curl \
      ca-certificates=20230311 \
 && rm -rf /var/lib/apt/lists/*
# expect-next-line: DOCKER-025
RUN pip install --no-cache-dir requests
