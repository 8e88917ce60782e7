FROM debian:12
RUN echo "deb [signed-by=/etc/apt/keyrings/x.gpg] https://repo.example.com/ ./" > /etc/apt/sources.list.d/x.list
RUN apt-get update && apt-get install -y --no-install-recommends x && rm -rf /var/lib/apt/lists/*
