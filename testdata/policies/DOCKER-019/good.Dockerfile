FROM node:22-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
COPY corp-ca.crt /usr/local/share/ca-certificates/
RUN update-ca-certificates && curl -fsSL https://example.com/x -o /tmp/x
RUN curl -fsSLo k https://example.com/k
