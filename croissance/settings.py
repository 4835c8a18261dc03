"""Settings of Croissance connectée.

One module, driven by environment variables. The defaults are the embedded mode a newcomer
gets with `make demo` (SQLite file under var/, tasks run in-process, emails on the console);
production and CI set DATABASE_URL, CELERY_BROKER_URL, SECRET_KEY, DEBUG=false...
"""

import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from croissance.env import env_bool, env_decimal, env_int, env_list, env_str
from croissance.planification import PLANIFICATION

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY est obligatoire quand DEBUG est désactivé.")
    SECRET_KEY = "embedded-mode-only-not-a-secret"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# The portal's name in emails (allauth's « Bonjour, c'est … ! », subject prefixes).
SITE_NAME = env_str("SITE_NAME") or "Croissance connectée"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "allauth",
    "allauth.account",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "widget_tweaks",
    "dsfr",
    "csp",
    "croissance",
    "croissance.comptes",
    "croissance.referentiels",
    "croissance.entreprises",
    "croissance.orientation",
    "croissance.ressources",
    "croissance.label",
    "croissance.rgpd",
    "croissance.indicateurs",
    "diagnostic",
    "connecteurs",
    "aides",
    "einter",
    "formations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "croissance.entetes.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "croissance.urls"
WSGI_APPLICATION = "croissance.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "croissance.context_processors.portal",
            ],
            # French plural in every template: `pluralize` leaves 0 and 1 singular
            "builtins": ["croissance.templatetags.pluriel_francais"],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'croissance.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL compiles a query to machine code (JIT) once its estimated cost is high, as for
    # the orientation engine's ranking over thousands of offers: on these short page queries
    # the compilation alone took 150 ms, several times the query itself.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {
            "BACKEND": "croissance.cache.CacheRedis",
            "LOCATION": REDIS_URL,
            # a Redis that stops answering costs a page half a second, not a hung worker
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Sessions are read on every logged-in page: from Redis when there is one (a miss, e.g. after
# an eviction, reads the database, which stays the reference and is written on every save).
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)

AUTH_USER_MODEL = "comptes.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "espace"
LOGOUT_REDIRECT_URL = "accueil"

# django-allauth: the email is the login, and it must be verified.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_ADAPTER = "croissance.comptes.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "croissance.comptes.forms.LoginForm",
    "signup": "croissance.comptes.forms.SignupForm",
    "reset_password": "croissance.comptes.forms.ResetPasswordForm",
    "reset_password_from_key": "croissance.comptes.forms.ResetPasswordKeyForm",
    "change_password": "croissance.comptes.forms.ChangePasswordForm",
    "reauthenticate": "croissance.comptes.forms.ReauthenticateForm",
    "add_email": "croissance.comptes.forms.AddEmailForm",
}

LANGUAGE_CODE = "fr-fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
# The outbox (croissance/tasks.py): attempts before an email is set aside (re-sent from the
# admin); between attempts the delay doubles from one minute.
OUTBOX_MAX_TENTATIVES = env_int("OUTBOX_MAX_TENTATIVES", 6)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Croissance connectée <ne-pas-repondre@croissance-connectee.gouv.fr>"
)

# Celery: without a broker, tasks run eagerly in-process (embedded mode).
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_DEFAULT_QUEUE = "croissance"
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = PLANIFICATION  # croissance/planification.py

# Behind reverse proxies, the visitor's address is read from X-Forwarded-For, trusting as many
# entries from the right as there are proxies of ours (0: REMOTE_ADDR, the header is ignored).
# Every limit per address reads it so (the API's throttle, allauth's, croissance.ratelimit):
# a header the client writes itself never gives it a new address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Public API: read-only, anonymous, paginated and throttled per client.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "croissance.api.pagination.PaginationApi",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["croissance.api.filtres.FiltresApi"],
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env_str("API_THROTTLE_RATE", "120/minute")},
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    # the schema documents the errors and the referentials' codes (croissance/api/schema.py)
    "DEFAULT_SCHEMA_CLASS": "croissance.api.schema.SchemaApi",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "API publique Croissance connectée",
    "DESCRIPTION": "Données ouvertes du portail : aides, connecteurs, formations, ressources, "
    "marchés, opportunités d'affaires et indicateurs. Lecture seule, sans données personnelles.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "REDOC_DIST": "SIDECAR",
    # one name per choice set shared by several fields
    "ENUM_NAME_OVERRIDES": {
        "NiveauEnum": "croissance.maturite.NiveauMaturite",
        "PaysEnum": "einter.pays.PAYS_CHOICES",
        "ActiviteEnum": "croissance.entreprises.enums.Activite",
    },
}

# Peer comparisons of diagnostic results show only from this many results (anonymity).
DIAGNOSTIC_PAIRS_MINIMUM = env_int("DIAGNOSTIC_PAIRS_MINIMUM", 10)

# Aids: EU de minimis ceiling over three years (Regulation 2023/2831), share of pre-validated
# files drawn for an after-the-fact check, days before an opinion request is reminded.
AIDES_PLAFOND_DE_MINIMIS = env_decimal("AIDES_PLAFOND_DE_MINIMIS", "300000")
AIDES_PART_CONTROLE_A_POSTERIORI = env_decimal("AIDES_PART_CONTROLE_A_POSTERIORI", "0.2")
AIDES_DELAI_RELANCE_AVIS_JOURS = env_int("AIDES_DELAI_RELANCE_AVIS_JOURS", 7)
# Entreprises: days an invitation to co-manage a firm stays valid; days its managers have to
# answer a request to join it before the mission takes it over.
ENTREPRISES_INVITATION_DUREE_JOURS = env_int("ENTREPRISES_INVITATION_DUREE_JOURS", 14)
ENTREPRISES_REVENDICATION_DELAI_JOURS = env_int("ENTREPRISES_REVENDICATION_DELAI_JOURS", 15)
# Aids: the largest share of a project's eligible expense that grants may cover together (%),
# whatever each aid allows (an aid may set a lower one: Aide.intensite_max).
AIDES_INTENSITE_MAXIMALE = env_decimal("AIDES_INTENSITE_MAXIMALE", "100")
if not 0 < AIDES_INTENSITE_MAXIMALE <= 100:
    raise ImproperlyConfigured(
        f"AIDES_INTENSITE_MAXIMALE est un pourcentage de 0 à 100, pas {AIDES_INTENSITE_MAXIMALE}."
    )

# django-dsfr
DSFR_MARK_OPTIONAL_FIELDS = True
DSFR_USE_INTEGRITY_CHECKSUMS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]  # the container health check speaks plain HTTP
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): everything is served by the portal itself; inline
# <script>/<style> run only with the request nonce (`request.csp_nonce`), never 'unsafe-inline'.
# DSFR icons are SVG masks, some of them data: URIs. CSP_REPORT_URI sends violation reports to
# a collector; CSP_REPORT_ONLY=true observes a new policy without enforcing it.
_CSP_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": env_list("CSP_REPORT_URI", []),
    }
}
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP_POLICY
else:
    CONTENT_SECURITY_POLICY = _CSP_POLICY

# Forms that send emails or create requests (croissance/ratelimit.py): at most RATE_LIMIT_POSTS
# submissions per RATE_LIMIT_WINDOW seconds, per action, per user and per address.
RATE_LIMIT_POSTS = env_int("RATE_LIMIT_POSTS", 10)
RATE_LIMIT_WINDOW = env_int("RATE_LIMIT_WINDOW", 600)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# allauth's own limits (per address, per user or per key) on what sends an email or guesses a
# password: "count/period/scope". The failed-login limit is the login lockout.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env_str("ACCOUNT_RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key"),
    "signup": env_str("ACCOUNT_RATE_LIMIT_SIGNUP", "20/m/ip"),
    "confirm_email": env_str("ACCOUNT_RATE_LIMIT_CONFIRM_EMAIL", "1/3m/key"),
    "reset_password": env_str("ACCOUNT_RATE_LIMIT_RESET_PASSWORD", "20/m/ip,5/m/key"),
    "reset_password_from_key": env_str("ACCOUNT_RATE_LIMIT_RESET_PASSWORD_FROM_KEY", "20/m/ip"),
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint reports each drawing step, and fontTools each font it subsets, at INFO: only
    # their warnings are worth reading
    "loggers": {
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Performance measurements (`seed_national`, `benchmark`): the bench app's two reference pages
# (/_bench/…) are served only when BENCH is true, through bench.urls.
BENCH = env_bool("BENCH", False)
# The bench app (its commands and reference pages) is loaded only to measure, and by the test
# suite that checks its commands keep working; a production server never has it.
if BENCH or "pytest" in sys.modules:
    INSTALLED_APPS.append("bench")
if BENCH:
    ROOT_URLCONF = "bench.urls"
    # the load generator fetches HTML only: no collected manifest needed for the bench server
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
