FROM alpine:3.20
# expect-next-line: DOCKER-014
ENTRYPOINT ["/old"]
# expect-next-line: DOCKER-014
CMD ["--help"]
ENTRYPOINT ["/app"]
CMD ["--serve"]
