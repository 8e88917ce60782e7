FROM alpine:3.20
RUN mkdir -p /data /scratch && chmod 750 /data && chmod 1777 /scratch && chmod +x /usr/local/bin/*
