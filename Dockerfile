FROM python:3.11-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 LITELLM_LOCAL_MODEL_COST_MAP=True
COPY pyproject.toml README.md ./
COPY gateway ./gateway
RUN pip install --no-cache-dir .
COPY config.yaml ./
COPY rules ./rules
EXPOSE 8080
CMD ["gateway", "serve", "--config", "/app/config.yaml", "--host", "0.0.0.0", "--port", "8080"]
