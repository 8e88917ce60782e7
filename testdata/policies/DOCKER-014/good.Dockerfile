FROM alpine:3.20 AS test
CMD ["/test"]
FROM alpine:3.20
ENTRYPOINT ["/app"]
CMD ["--serve"]
