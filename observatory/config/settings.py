"""Settings, read from environment variables.

The embedded default needs nothing: SQLite in WAL mode, in a file under ``var/``. Set ``DATABASE_URL``
(``postgres://user:pass@host:port/name``) to run on PostgreSQL. Every variable is listed in
``docs/operations.md``.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("OBSERVATORY_VAR_DIR", PACKAGE_DIR.parent / "var")).resolve()


def env_flag(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("OBSERVATORY_DEBUG")
# The fallback key only ever serves a machine that is not configured for production: `observatory check
# --deploy` flags it, and docs/operations.md says to set OBSERVATORY_SECRET_KEY.
SECRET_KEY = os.environ.get("OBSERVATORY_SECRET_KEY", "insecure-local-key-set-OBSERVATORY_SECRET_KEY")
ALLOWED_HOSTS = env_list("OBSERVATORY_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("OBSERVATORY_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",
    "axes",
    "observatory.core",
    "observatory.accounts",
    "observatory.audit",
    "observatory.convention",
    "observatory.countries",
    "observatory.library",
    "observatory.ingest",
    "observatory.search",
    "observatory.collection",
    "observatory.mandates",
    "observatory.directory",
    "observatory.assistance",
    "observatory.papers",
    "observatory.profiles",
    "observatory.portal",
    "observatory.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "observatory.portal.middleware.ObservatoryErrorMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "observatory.config.urls"
WSGI_APPLICATION = "observatory.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "observatory.portal.context_processors.shell",
            ],
        },
    },
]


def database_settings() -> dict:
    """The default database: PostgreSQL when DATABASE_URL names it, else SQLite in WAL mode under var/."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        if config["ENGINE"] == "django.db.backends.sqlite3":
            config["OPTIONS"] = sqlite_options()
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "observatory.sqlite3",
        "OPTIONS": sqlite_options(),
    }


def sqlite_options() -> dict:
    """SQLite tuned for a web server: WAL lets readers run beside the one writer; IMMEDIATE transactions
    take the write lock up front so concurrent writers wait (busy timeout) instead of failing mid-way."""
    return {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
            "PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }


DATABASES = {"default": database_settings()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "portal:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failures for one username from one address,
# that pair is locked out for AXES_COOLOFF_TIME hours.
AXES_FAILURE_LIMIT = int(os.environ.get("OBSERVATORY_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("OBSERVATORY_LOGIN_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "observatory.portal.views.locked_out"
AXES_VERBOSE = False

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_flag("OBSERVATORY_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Six official languages, in the UN order of language menus. Locale directories: ar, zh_Hans, en, fr,
# ru, es.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# var/ holds the SQLite database and collected static files; made here so a fresh checkout just works.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Serve straight from the apps' static folders when collectstatic has not run (tests, development).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Lexical search on SQLite: "tantivy" (the default: an index folder written by the index writer, searched
# while it is current, FTS5 answering in the moments it is behind) or "fts5" (SQLite's own full-text
# index alone). PostgreSQL always uses its tsvector index. docs/embedded-lexical.md has the figures.
SEARCH_LEXICAL_ENGINE = os.environ.get("OBSERVATORY_LEXICAL_ENGINE", "tantivy")
SEARCH_INDEX_DIR = Path(os.environ.get("OBSERVATORY_SEARCH_INDEX_DIR", VAR_DIR / "search-index")).resolve()
# True: a search that finds the tantivy index behind brings it up to date itself before answering,
# instead of leaving that to the index writer (for tests and one-off scripts; never with a writer running).
SEARCH_INDEX_SYNC = False


# Mail goes to the console unless a backend is configured (SMTP in production: docs/operations.md).
def mailer_settings() -> dict:
    """The default mailer: the console unless OBSERVATORY_EMAIL_BACKEND names another; SMTP options from
    OBSERVATORY_SMTP_* variables."""
    backend = os.environ.get("OBSERVATORY_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    options: dict = {}
    if backend.endswith("smtp.EmailBackend"):
        options = {
            "host": os.environ.get("OBSERVATORY_SMTP_HOST", "localhost"),
            "port": int(os.environ.get("OBSERVATORY_SMTP_PORT", "25")),
            "username": os.environ.get("OBSERVATORY_SMTP_USER", ""),
            "password": os.environ.get("OBSERVATORY_SMTP_PASSWORD", ""),
            "use_tls": env_flag("OBSERVATORY_SMTP_TLS"),
        }
    return {"default": {"BACKEND": backend, "OPTIONS": options}}


MAILERS = mailer_settings()
DEFAULT_FROM_EMAIL = os.environ.get("OBSERVATORY_FROM_EMAIL", "observatory@localhost")

# Calls for information: the portal's public address (for links in notes verbales and e-mails; blank: the
# path alone), the Secretariat's address and contact line printed in notes verbales, and the largest file a
# State may upload in answer to a call (the library's own limit below is higher, for the Secretariat).
OBSERVATORY_SITE_URL = os.environ.get("OBSERVATORY_SITE_URL", "")
OBSERVATORY_SECRETARIAT_EMAIL = os.environ.get("OBSERVATORY_SECRETARIAT_EMAIL", "")
OBSERVATORY_SECRETARIAT_CONTACT = os.environ.get("OBSERVATORY_SECRETARIAT_CONTACT", "")
OBSERVATORY_MAX_UPLOAD_BYTES = int(os.environ.get("OBSERVATORY_MAX_UPLOAD_MB", "50")) * 1024 * 1024

# Ingestion: the largest file accepted, and how far a compressed container (DOCX) may expand.
OBSERVATORY_MAX_FILE_BYTES = int(os.environ.get("OBSERVATORY_MAX_FILE_MB", "200")) * 1024 * 1024
OBSERVATORY_MAX_UNCOMPRESSED_BYTES = (
    int(os.environ.get("OBSERVATORY_MAX_UNCOMPRESSED_MB", "500")) * 1024 * 1024
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("OBSERVATORY_LOG_LEVEL", "WARNING")},
}

# The countries of the portal's maps: Natural Earth 1:110m as TopoJSON, from the npm package world-atlas
# (`npm ci` puts it in node_modules; docs/operations.md). Without it, pages show their tables only.
OBSERVATORY_WORLD_ATLAS = Path(
    os.environ.get(
        "OBSERVATORY_WORLD_ATLAS", PACKAGE_DIR.parent / "node_modules" / "world-atlas" / "countries-110m.json"
    )
)
