FROM node:22-slim
# expect-next-line: DOCKER-015
WORKDIR app
