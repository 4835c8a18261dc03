import os
import subprocess
import sys

import pytest
import yaml
from django.conf import settings

from croissance.celery import app


def _settings_in_subprocess(**environ):
    env = {**os.environ, **environ}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**env, "DJANGO_SETTINGS_MODULE": "croissance.settings"},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )


def test_secret_key_is_required_when_debug_is_off():
    environ = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**environ, "DEBUG": "false", "DJANGO_SETTINGS_MODULE": "croissance.settings"},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode != 0
    assert "SECRET_KEY est obligatoire" in result.stderr


def test_bad_boolean_fails_loudly():
    result = _settings_in_subprocess(DEBUG="peut-être")
    assert result.returncode != 0 and "DEBUG doit valoir true ou false" in result.stderr


def test_locale_and_time_zone():
    assert settings.LANGUAGE_CODE == "fr-fr"
    assert settings.TIME_ZONE == "Europe/Paris" and settings.USE_TZ


def test_every_periodic_task_points_at_a_real_task():
    app.loader.import_default_modules()
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        assert entry["task"] in app.tasks, f"{name} → {entry['task']} n'existe pas"


@pytest.fixture(scope="module")
def compose():
    with open(settings.BASE_DIR / "docker-compose.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_compose_runs_the_production_shape(compose):
    services = compose["services"]
    assert set(services) == {"web", "worker", "beat", "postgres", "redis"}
    assert "gunicorn" in services["web"]["command"]
    assert "celery" in services["worker"]["command"] and "worker" in services["worker"]["command"]
    assert "beat" in services["beat"]["command"]
    images = {name: s.get("build") or s.get("image") for name, s in services.items()}
    assert images["web"] == images["worker"] == images["beat"]  # one image for the app
    for name, service in services.items():
        assert "healthcheck" in service, f"{name} n'a pas de healthcheck"


def test_compose_environment_matches_what_settings_read(compose):
    read_by_settings = (settings.BASE_DIR / "croissance" / "settings.py").read_text()
    for name in ("web", "worker", "beat"):
        environment = compose["services"][name]["environment"]
        for variable in ("DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "DEBUG"):
            assert variable in environment, f"{name} ne définit pas {variable}"
        for variable in environment:
            assert f'"{variable}"' in read_by_settings, f"{variable} n'est lu par aucun réglage"


def test_deploy_checks_are_clean_with_production_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DEBUG": "false",
            "SECRET_KEY": "une-cle-de-production-longue-et-aleatoire-0123456789-abcdefghijkl",
            "ALLOWED_HOSTS": "croissance-connectee.gouv.fr",
        },
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_web_worker_leaves_its_start_up_objects_out_of_garbage_collection():
    result = subprocess.run(
        [sys.executable, "-c", "import gc, croissance.wsgi; print(gc.get_freeze_count())"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "croissance.settings"},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10_000  # modules, settings, URL conf, admin registry


def test_the_bench_app_is_loaded_only_to_measure():
    import os
    import subprocess
    import sys

    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print('bench' in settings.INSTALLED_APPS)"
    )
    env = {k: v for k, v in os.environ.items() if k != "BENCH"}
    env["DJANGO_SETTINGS_MODULE"] = "croissance.settings"
    production = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    mesure = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "BENCH": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert production.stdout.strip() == "False"
    assert mesure.stdout.strip() == "True"
