FROM node:22-slim
ARG NPM_TOKEN
ENV DB_PASSWORD_FILE=/run/secrets/db_password \
    API_TOKEN=${API_TOKEN} \
    NODE_ENV=production \
    DB_PASSWORD=changeme
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
