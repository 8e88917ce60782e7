FROM alpine:3.20
WORKDIR /src
RUN make && (cd docs && make html)
RUN git clone https://example.com/x.git && cd x && make
