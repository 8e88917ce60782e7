FROM node:22-slim
# expect-next-line: DOCKER-006
ENV AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986 \
# expect-next-line: DOCKER-006
    DB_PASSWORD="s3cr3t-Passw0rd"
# expect-next-line: DOCKER-006
ARG NPM_TOKEN=npm_0123456789abcdefghijklmnopqrstuvwxyz
# expect-next-line: DOCKER-006
ENV GITHUB_TOKEN ghp_0123456789abcdefghijABCDEFGHIJ012345
