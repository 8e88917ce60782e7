ARG BASE_IMAGE=quay.io/jupyter/base-notebook:2024-12-02
FROM $BASE_IMAGE
RUN pip install --no-cache-dir xgboost
