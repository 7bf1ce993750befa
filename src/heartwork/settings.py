"""The one settings module: every value comes from the environment (see config.py).

Nothing here branches on a second settings file; production differs only by
``HEARTWORK_PRODUCTION=true``, which turns on the deploy checks' requirements and
refuses to start without explicit secrets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from whitenoise.compress import Compressor

from heartwork.coach.concern.directory import COUNTRIES as HELP_COUNTRIES
from heartwork.config import Env, private_data_dir, secret_from_file
from heartwork.core.headers import REFERRER_POLICY, add_static_headers
from heartwork.push import keys as push_keys

env = Env()
PACKAGE_DIR = Path(__file__).resolve().parent

PRODUCTION = env.flag("HEARTWORK_PRODUCTION", False)
# Debug pages only when a developer asks for them (HEARTWORK_DEBUG=true): they show the
# code and the request to whoever opens a page that fails, and a partner who opens an
# entry just made private must see Heartwork's own "not found" instead.
DEBUG = env.flag("HEARTWORK_DEBUG", False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("HEARTWORK_DEBUG must be false when HEARTWORK_PRODUCTION is true.")

# 0700, its files 0600, and a umask of 077 for everything this process makes from now on.
DATA_DIR = private_data_dir(env.path("HEARTWORK_DATA_DIR", Path.cwd() / "data"))


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
# X-Forwarded-For is believed only when the request comes from one of these proxies
# (addresses or networks); from anyone else it could name any address it likes.
TRUSTED_PROXIES = env.networks("HEARTWORK_TRUSTED_PROXIES")
SITE_URL = env.url("HEARTWORK_SITE_URL", "http://127.0.0.1:8000")
# The name emails sign with; links in emails always start with SITE_URL, never with the
# Host a request came in with (heartwork.core.site).
SITE_NAME = env.text("HEARTWORK_SITE_NAME", "Heartwork")
QUICK_EXIT_URL = env.url("HEARTWORK_QUICK_EXIT_URL", "https://www.bbc.com/weather")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # WhiteNoise serves static files under `runserver` too, with the same headers.
    "whitenoise.runserver_nostatic",
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
    "heartwork.export",
    "heartwork.safety",
    "heartwork.counseling",
    "heartwork.report",
    "heartwork.conflict",
    "heartwork.together",
    "heartwork.pwa",
    "heartwork.push",
    # Above the feature apps: the Today page and the demo couple gather from all of them.
    "heartwork.home",
    "heartwork.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "heartwork.core.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "heartwork.core.middleware.RequestScopeMiddleware",
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
                "heartwork.safety.context_processors.discretion",
            ],
            # {% url %} with each address reversed once per process (core/addresses.py).
            "builtins": ["heartwork.core.templatetags.addresses"],
        },
    },
]

# Every form rendered alike: plain labels, checkboxes before their labels (core/forms.py).
FORM_RENDERER = "heartwork.core.forms.HeartworkFormRenderer"

DATABASE_URL = env.text("DATABASE_URL")
SQLITE_TIMEOUT = env.number("HEARTWORK_SQLITE_TIMEOUT", 20, minimum=1)
if DATABASE_URL:
    try:
        DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL cannot be read: {exc}") from None
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # JIT compiles a plan to machine code when its estimated cost is high: with our
        # short indexed queries it only ever added time (about 450 ms to each of Today's
        # reads before issue 12), never saved any. Off for the app's own connections.
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
        # HEARTWORK_DB_POOL=N keeps up to N connections open per app process (psycopg's
        # pool, Django 5.2's "pool" option) instead of one per thread; see
        # docs/self-hosting.md for sizes. 0, the default, opens one per request thread
        # and keeps it for CONN_MAX_AGE.
        DB_POOL = env.number("HEARTWORK_DB_POOL", 0)
        if DB_POOL:
            options["pool"] = {"min_size": 1, "max_size": DB_POOL, "timeout": 10}
            DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
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
# `heartwork backup` keeps this many backups in DATA_DIR/backups (see core/backups.py).
BACKUP_KEEP = env.number("HEARTWORK_BACKUP_KEEP", 7, minimum=1)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        # In the database, so that rate limits hold across several app servers.
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "heartwork_cache",
        # Only short-lived notes live here now (rate limits and the check-up's norms
        # have tables of their own, issue 12), and Django culls a third of the entries
        # whenever MAX_ENTRIES is passed (300 by default): room for every signed-in
        # person several times over, so nothing is thrown out early.
        "OPTIONS": {
            "MAX_ENTRIES": env.number("HEARTWORK_CACHE_MAX_ENTRIES", 200_000, minimum=1000)
        },
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

# django-allauth: email is the login. Failed logins are counted per (email, client
# address) and per address by accounts/logins.py, never per account alone, so a partner
# who knows the other's email cannot shut them out (see docs/self-hosting.md).
ACCOUNT_ADAPTER = "heartwork.accounts.adapter.AccountAdapter"
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
        "reset_password_from_key": "ResetPasswordKeyForm",
        "reauthenticate": "ReauthenticateForm",
        "confirm_login_code": "ConfirmLoginCodeForm",
    }.items()
}
# ...and the reset form, which also refuses while email is off (HEARTWORK_EMAIL=off).
ACCOUNT_FORMS["reset_password"] = "heartwork.accounts.password_reset.PasswordResetForm"  # noqa: S105
# Sign-up never says whether an email already has an account: every sign-up answers
# "check your email", and the owner of a taken address is told of the attempt instead
# (allauth's enumeration prevention). That needs mandatory verification; with
# "optional" or "none" a new account is let in at once, so sign-up reveals taken emails.
# With HEARTWORK_EMAIL=off no link can be sent, so verification defaults to none there.
ACCOUNT_EMAIL_VERIFICATION = env.text(
    "HEARTWORK_EMAIL_VERIFICATION",
    "none" if env.text("HEARTWORK_EMAIL", "on").strip().lower() == "off" else "mandatory",
)
if ACCOUNT_EMAIL_VERIFICATION not in {"mandatory", "optional", "none"}:
    raise ImproperlyConfigured("HEARTWORK_EMAIL_VERIFICATION must be mandatory, optional or none.")
ACCOUNT_PREVENT_ENUMERATION = True
# The confirmation link logs in only the browser that signed up (allauth keeps the
# pending log-in in that session); opened anywhere else it confirms and asks to log in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    # Off: both refuse before the password is checked, so whoever shares the owner's
    # address (or knows their email) could keep them out. accounts/logins.py counts
    # failures instead.
    "login": "",
    "login_failed": "",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# Within LOGIN_COOL_OFF_MINUTES: wrong passwords one address may send for one email, and
# for any emails before it gets one try per email (accounts/logins.py says why).
LOGIN_COOL_OFF_MINUTES = 15
LOGIN_FAILURES_PER_ACCOUNT = 5
LOGIN_FAILURES_PER_ADDRESS = 20

# --- Second factor (allauth.mfa): an authenticator app with recovery codes, and passkeys.
# Everything about it is in this block and in accounts/second_factor/; docs/security.md
# ("A second step at sign-in") says why each value is what it is.
INSTALLED_APPS.insert(INSTALLED_APPS.index("allauth.account") + 1, "allauth.mfa")
MFA_ADAPTER = "heartwork.accounts.second_factor.adapter.SecondFactorAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_FORMS = {
    name: f"heartwork.accounts.second_factor.forms.{form}"
    for name, form in {
        "authenticate": "AuthenticateForm",
        "reauthenticate": "ReauthenticateForm",
        "activate_totp": "ActivateTOTPForm",
        "add_webauthn": "AddPasskeyForm",
        "authenticate_webauthn": "AuthenticatePasskeyForm",
        "login_webauthn": "LoginPasskeyForm",
        "reauthenticate_webauthn": "ReauthenticatePasskeyForm",
    }.items()
}
MFA_TOTP_ISSUER = "Heartwork"
# Only the code of the current 30 seconds: a code someone watched being typed cannot be
# used again (allauth remembers used codes for one period, so a wider window would
# reopen that replay).
MFA_TOTP_TOLERANCE = 0
MFA_RECOVERY_CODES_SHOW_ONCE = True
MFA_PASSKEY_LOGIN_ENABLED = True
# No "trust this browser": on a shared home computer it would skip the second step for
# whoever sits down next.
MFA_TRUST_ENABLED = False
# Typing the password (or a code) again before a serious step is limited per person by
# services.confirm_attempt (TOKEN_ATTEMPTS_PER_HOUR, with a plain message); allauth's own
# count of page views would only answer a bare 429 page first.
ACCOUNT_RATE_LIMITS["reauthenticate"] = ""
# Within LOGIN_COOL_OFF_MINUTES: wrong codes one address may send for one account, and
# wrong codes for one account from all addresses together (accounts/logins.py).
SECOND_STEP_FAILURES_PER_ADDRESS = 5
SECOND_STEP_FAILURES_PER_ACCOUNT = 15
# --- end of the second factor block.

# Email carries password-reset links, which open an account. Development prints mail to
# the console; production needs SMTP, or HEARTWORK_EMAIL=off, which turns off reset by
# email (the reset page says so) rather than print those links into the server's log.
EMAIL_ENABLED = env.choice("HEARTWORK_EMAIL", ("on", "off"), "on") == "on"
EMAIL_HOST = env.text("HEARTWORK_EMAIL_HOST")
if not EMAIL_ENABLED:
    if EMAIL_HOST:
        raise ImproperlyConfigured(
            "HEARTWORK_EMAIL is off but HEARTWORK_EMAIL_HOST is set: remove one of them."
        )
    if ACCOUNT_EMAIL_VERIFICATION == "mandatory":
        raise ImproperlyConfigured(
            "HEARTWORK_EMAIL_VERIFICATION=mandatory needs email, but HEARTWORK_EMAIL is off."
        )
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
elif EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env.number("HEARTWORK_EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env.text("HEARTWORK_EMAIL_USER")
    EMAIL_HOST_PASSWORD = env.text("HEARTWORK_EMAIL_PASSWORD")
    EMAIL_USE_TLS = env.flag("HEARTWORK_EMAIL_USE_TLS", True)
elif PRODUCTION:
    raise ImproperlyConfigured(
        "Production needs an SMTP server for password-reset emails: set HEARTWORK_EMAIL_HOST "
        "(with HEARTWORK_EMAIL_PORT, HEARTWORK_EMAIL_USER, HEARTWORK_EMAIL_PASSWORD and "
        "HEARTWORK_EMAIL_USE_TLS as your provider needs), or set HEARTWORK_EMAIL=off to run "
        "without email, which turns off password reset by email. Without either, reset links "
        "would be printed into the server's log."
    )
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

# Source maps (django-ninja ships 5 MB of them for the API docs) are for developers and
# are never worth compressing: compressing them again made every production start take
# up to 100 s on a busy machine (docs/benchmarks.md, "Durability").
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")

# WhiteNoise answers static files before any middleware below it; this hook gives them
# the same security headers as every page (heartwork.core.headers).
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_headers
# Outside production (`make run`) static files are served straight from the apps, with
# no collectstatic step, whether DEBUG is on or off.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# same-origin: other sites never learn where a visitor came from, while our own forms
# keep the Origin header that the CSRF check needs (see heartwork.core.headers).
SECURE_REFERRER_POLICY = REFERRER_POLICY
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
# Making an API token asks for the password again; this many tries an hour per person.
TOKEN_ATTEMPTS_PER_HOUR = env.number("HEARTWORK_TOKEN_ATTEMPTS_PER_HOUR", 10, minimum=1)
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

# Every handler redacts reset keys, invitation and API tokens and query values
# (heartwork.core.logs), and Django's loggers use only these handlers.
LOG_LEVEL = env.text("HEARTWORK_LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "heartwork.core.logs.RedactSecrets"},
        "no_template_context": {"()": "heartwork.core.logs.NoTemplateContext"},
    },
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact"]},
        "server": {"class": "logging.StreamHandler", "filters": ["redact"], "formatter": "server"},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's default handlers go; its records reach the root's redacting handler.
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        # Its DEBUG records carry whole template contexts: what people wrote, and names.
        "django.template": {"handlers": [], "filters": ["no_template_context"]},
        # Its DEBUG records name every address it posts to: a push subscription's endpoint
        # is a key to someone's device (push/sending.py), and never goes in a log.
        "urllib3": {"level": "WARNING"},
    },
}

# --- Sessions and known browsers (branch "sessions"; accounts/sessions.py, known_browsers.py) ---
# "Where you are signed in" uses allauth's user sessions. Its own middleware writes on
# every request; ours (SessionActivityMiddleware) notes last-seen at most once a minute.
# Addresses come from the account adapter's get_client_ip, i.e. HEARTWORK_TRUSTED_PROXIES.
INSTALLED_APPS += ["allauth.usersessions"]
MIDDLEWARE += [
    "heartwork.accounts.middleware.SessionActivityMiddleware",
    "heartwork.accounts.middleware.KnownBrowserMiddleware",
]
USERSESSIONS_TRACK_ACTIVITY = True
SESSION_SEEN_EVERY_SECONDS = 60
# A browser that has signed in to an account carries a signed, HttpOnly cookie saying
# so (Secure when the session cookie is). Signing in from any other browser emails the
# owner, and a known browser's wrong passwords are counted apart from its network's.
KNOWN_BROWSER_COOKIE = "heartwork_known"
KNOWN_BROWSER_DAYS = 365
# The current password on the change form goes through the limited re-check that making
# a token uses (TOKEN_ATTEMPTS_PER_HOUR, with a message); allauth's five a minute on top
# would only answer with a bare 429 page.
ACCOUNT_RATE_LIMITS["change_password"] = ""
# --- end of sessions and known browsers ---

# --- Web push (push/): the content-free reminder on a phone or computer, for whoever turns
# it on there. docs/push.md says what is sent and what the push service can see.
PUSH_ENABLED = env.choice("HEARTWORK_PUSH", ("on", "off"), "on") == "on"
# Signs every push request (RFC 8292). Made on first run into the data directory, like
# the secrets above, even in production: several app servers must share one key (a
# subscription answers only to the key it was made with), so give them the same
# HEARTWORK_VAPID_PRIVATE_KEY(_FILE), made with `heartwork generate-vapid-key`.
VAPID_PRIVATE_KEY = ""
if PUSH_ENABLED:
    VAPID_PRIVATE_KEY = env.text("HEARTWORK_VAPID_PRIVATE_KEY") or secret_from_file(
        DATA_DIR / "vapid.key", push_keys.new_private_key
    )
    try:
        push_keys.load_private_key(VAPID_PRIVATE_KEY)
    except ValueError:
        raise ImproperlyConfigured(
            "HEARTWORK_VAPID_PRIVATE_KEY must be a P-256 private key as 32 bytes in base64url; "
            "make one with `heartwork generate-vapid-key`."
        ) from None
# Who runs this server, as push services ask (the VAPID "sub"): a mailto: or https: address.
PUSH_CONTACT = env.text("HEARTWORK_PUSH_CONTACT") or f"mailto:{parseaddr(DEFAULT_FROM_EMAIL)[1]}"
if not re.fullmatch(r"mailto:[^@\s]+@[^@\s]+|https://[^/\s]+/?\S*", PUSH_CONTACT):
    raise ImproperlyConfigured(
        f"HEARTWORK_PUSH_CONTACT must be a mailto: or https: address; it is {PUSH_CONTACT!r}."
    )
# The push services a subscription may name, as origins (a leading "*." for any subdomain).
# A browser always names its maker's service; an endpoint anywhere else would make the
# worker post to an address someone typed, so it is refused.
PUSH_SERVICES = env.items(
    "HEARTWORK_PUSH_SERVICES",
    [
        "https://fcm.googleapis.com",  # Chrome, Edge on Android, Samsung Internet, Opera
        "https://updates.push.services.mozilla.com",  # Firefox
        "https://web.push.apple.com",  # Safari on macOS, iPhone and iPad
        "https://*.notify.windows.com",  # Edge on Windows
    ],
)
for _origin in PUSH_SERVICES:
    if not re.fullmatch(r"https?://(\*\.)?[a-z0-9.-]+(:\d+)?", _origin, re.IGNORECASE):
        raise ImproperlyConfigured(
            "HEARTWORK_PUSH_SERVICES must be comma-separated origins such as "
            f"https://push.example.org or https://*.example.org; {_origin!r} is not one."
        )
# --- end of web push.
