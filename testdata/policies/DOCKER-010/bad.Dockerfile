FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl \
# expect-next-line: DOCKER-010
 && curl -fsSL https://example.com/install.sh | bash \
 && rm -rf /var/lib/apt/lists/*
# expect-next-line: DOCKER-010
RUN wget -qO- https://example.com/get | sudo sh -s -- --yes
# expect-next-line: DOCKER-010
RUN sh -c "$(curl -fsSL https://example.com/setup)"
RUN <<EOF
set -eu
# expect-next-line: DOCKER-010
curl -sL https://example.com/nodesource | python3 -
EOF
