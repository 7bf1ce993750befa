"""The one settings module: every value comes from the environment (see config.py).

Nothing here branches on a second settings file; production differs only by
``HEARTWORK_PRODUCTION=true``, which turns on the deploy checks' requirements and
refuses to start without explicit secrets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

from heartwork.coach.concern.directory import COUNTRIES as HELP_COUNTRIES
from heartwork.config import Env, secret_from_file

env = Env()
PACKAGE_DIR = Path(__file__).resolve().parent

PRODUCTION = env.flag("HEARTWORK_PRODUCTION", False)
DEBUG = env.flag("HEARTWORK_DEBUG", not PRODUCTION)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("HEARTWORK_DEBUG must be false when HEARTWORK_PRODUCTION is true.")

DATA_DIR = env.path("HEARTWORK_DATA_DIR", Path.cwd() / "data")


def _required_in_production(name: str, fallback_file: str, make: Callable[[], str]) -> str:
    value = env.text(name)
    if value:
        return value
    if PRODUCTION:
        raise ImproperlyConfigured(f"{name} (or {name}_FILE) must be set in production.")
    return secret_from_file(DATA_DIR / fallback_file, make)


SECRET_KEY = _required_in_production("HEARTWORK_SECRET_KEY", "secret.key", get_random_secret_key)

# Free text is encrypted with the first key; older keys still decrypt, so rotating is:
# put a new key first, run `heartwork rotate-encryption`, then drop the old key.
ENCRYPTION_KEYS = [
    key.strip()
    for key in _required_in_production(
        "HEARTWORK_ENCRYPTION_KEYS", "encryption.key", lambda: Fernet.generate_key().decode()
    ).split(",")
    if key.strip()
]
for _key in ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ImproperlyConfigured(
            "HEARTWORK_ENCRYPTION_KEYS must be comma-separated Fernet keys (32 url-safe "
            "base64 bytes each); make one with `heartwork generate-encryption-key`."
        ) from None

ALLOWED_HOSTS = env.items("HEARTWORK_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.items("HEARTWORK_CSRF_TRUSTED_ORIGINS")
SITE_URL = env.url("HEARTWORK_SITE_URL", "http://127.0.0.1:8000")
QUICK_EXIT_URL = env.url("HEARTWORK_QUICK_EXIT_URL", "https://www.bbc.com/weather")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "ninja",
    "heartwork.core",
    "heartwork.accounts",
    "heartwork.journal",
    "heartwork.coach.web",
    "heartwork.checkup",
    "heartwork.daily",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "heartwork.core.middleware.PrivateResponsesMiddleware",
]

ROOT_URLCONF = "heartwork.urls"
WSGI_APPLICATION = "heartwork.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "heartwork.core.context_processors.heartwork",
            ],
        },
    },
]

DATABASE_URL = env.text("DATABASE_URL")
SQLITE_TIMEOUT = env.number("HEARTWORK_SQLITE_TIMEOUT", 20, minimum=1)
if DATABASE_URL:
    try:
        DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL cannot be read: {exc}") from None
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "heartwork.sqlite3"),
            # WAL lets readers and one writer work at once; FULL makes an acknowledged
            # write survive a power cut; IMMEDIATE takes the write lock when a
            # transaction starts, so concurrent writers wait (up to the timeout) rather
            # than fail halfway with "database is locked".
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL;"
                "PRAGMA foreign_keys=ON",
                "transaction_mode": "IMMEDIATE",
                "timeout": SQLITE_TIMEOUT,
            },
            "TEST": {"NAME": str(DATA_DIR / "test.sqlite3")},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        # In the database, so that rate limits hold across several app servers.
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "heartwork_cache",
    }
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: email is the login; failed logins cool off, they never lock an account,
# so a partner who knows the other's email cannot shut them out.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_SIGNUP_FORM_CLASS = "heartwork.accounts.forms.SignupExtraForm"
# allauth's forms, each holding its text to the shared rules (see accounts/allauth_forms.py)
ACCOUNT_FORMS = {
    name: f"heartwork.accounts.allauth_forms.{form}"
    for name, form in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "add_email": "AddEmailForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "reauthenticate": "ReauthenticateForm",
        "confirm_login_code": "ConfirmLoginCodeForm",
    }.items()
}
ACCOUNT_ADAPTER = "heartwork.accounts.adapter.AccountAdapter"
# Sign-up never says whether an email already has an account: every sign-up answers
# "check your email", and the owner of a taken address is told of the attempt instead
# (allauth's enumeration prevention). That needs mandatory verification; with
# "optional" or "none" a new account is let in at once, so sign-up reveals taken emails.
ACCOUNT_EMAIL_VERIFICATION = env.text("HEARTWORK_EMAIL_VERIFICATION", "mandatory")
if ACCOUNT_EMAIL_VERIFICATION not in {"mandatory", "optional", "none"}:
    raise ImproperlyConfigured("HEARTWORK_EMAIL_VERIFICATION must be mandatory, optional or none.")
ACCOUNT_PREVENT_ENUMERATION = True
# The confirmation link logs in only the browser that signed up (allauth keeps the
# pending log-in in that session); opened anywhere else it confirms and asks to log in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Heartwork: "

EMAIL_HOST = env.text("HEARTWORK_EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env.number("HEARTWORK_EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env.text("HEARTWORK_EMAIL_USER")
    EMAIL_HOST_PASSWORD = env.text("HEARTWORK_EMAIL_PASSWORD")
    EMAIL_USE_TLS = env.flag("HEARTWORK_EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.text("HEARTWORK_FROM_EMAIL", "Heartwork <heartwork@localhost>")

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# same-origin: other sites never learn where a visitor came from, while our own forms
# keep the Origin header that the CSRF check needs.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.flag("HEARTWORK_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.number("HEARTWORK_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Rate limit for joining a couple by code: a short code must not be guessable.
JOIN_ATTEMPTS_PER_HOUR = env.number("HEARTWORK_JOIN_ATTEMPTS_PER_HOUR", 10, minimum=1)
INVITATION_DAYS = env.number("HEARTWORK_INVITATION_DAYS", 7, minimum=1)

# Help shown instead of coaching tips when words signal danger: the built-in numbers for
# HEARTWORK_HELP_COUNTRY (an ISO code such as GB or US; empty for international), with any
# list replaced by lines of HEARTWORK_HELP_RESOURCES(_FILE) ("emergency: ...",
# "crisis: ...", "abuse: ..."; a line with no prefix serves all three).
COACH_HELP_COUNTRY = env.text("HEARTWORK_HELP_COUNTRY").strip().upper()
if COACH_HELP_COUNTRY and COACH_HELP_COUNTRY not in HELP_COUNTRIES:
    raise ImproperlyConfigured(
        f"HEARTWORK_HELP_COUNTRY={COACH_HELP_COUNTRY!r} has no built-in help list. Use one of "
        f"{', '.join(sorted(HELP_COUNTRIES))}, or leave it empty and list your own resources "
        "in HEARTWORK_HELP_RESOURCES."
    )
COACH_RESOURCES = [
    line.strip() for line in env.text("HEARTWORK_HELP_RESOURCES").splitlines() if line.strip()
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("HEARTWORK_LOG_LEVEL", "INFO")},
}
