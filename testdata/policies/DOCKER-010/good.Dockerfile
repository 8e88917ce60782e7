FROM debian:12
RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \
 && echo "0000000000000000000000000000000000000000000000000000000000000000  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
RUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
RUN echo "curl https://example.com | sh"
