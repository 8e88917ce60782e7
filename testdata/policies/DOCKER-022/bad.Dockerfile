FROM golang:1.22 AS build
RUN go build ./...
# expect-next-line: DOCKER-022
FROM node:22 AS Build
RUN npm run build
