# Container image of the shipgate CLI, built by goreleaser (.goreleaser.yml,
# dockers_v2) from the binary it has already built for each platform: a
# static binary on an empty base image, run as an unprivileged user.
#
#   docker run --rm -v "$PWD:/src:ro" ghcr.io/shipgate/shipgate scan .
FROM scratch
ARG TARGETPLATFORM
COPY ${TARGETPLATFORM}/shipgate /usr/local/bin/shipgate
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["/usr/local/bin/shipgate"]
CMD ["scan", "."]
