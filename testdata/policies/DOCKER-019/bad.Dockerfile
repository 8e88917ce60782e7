FROM node:22-slim
# expect-next-line: DOCKER-019
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect-next-line: DOCKER-019
RUN curl -fsSLk https://example.com/tool.tgz -o /tmp/tool.tgz \
# expect-next-line: DOCKER-019
 && wget --no-check-certificate https://example.com/x -O /tmp/x
# expect-next-line: DOCKER-019
RUN pip install --trusted-host pypi.example.com requests
# expect-next-line: DOCKER-019
RUN npm config set strict-ssl false
# expect-next-line: DOCKER-019
RUN git -c http.sslVerify=false clone https://example.com/repo.git
