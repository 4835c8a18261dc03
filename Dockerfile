# One image for the web server, the Celery worker and Celery beat.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# WeasyPrint draws the PDFs with Pango (text layout) and HarfBuzz (font subsetting); the
# documents embed Marianne, DejaVu covers any character it lacks.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml README.md ./
RUN pip install --upgrade pip && pip install .

COPY . .
RUN DEBUG=false SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && useradd --create-home croissance && mkdir -p /app/var && chown croissance /app/var
USER croissance

EXPOSE 8000
CMD ["gunicorn", "croissance.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
