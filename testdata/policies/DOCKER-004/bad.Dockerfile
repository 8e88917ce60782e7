FROM python:3.12-slim
# expect-next-line: DOCKER-004
ADD requirements.txt /app/
# expect-next-line: DOCKER-004
ADD --chown=app:app src/ \
    /app/src/
