"""Configuration: a bad value stops start-up naming the variable; production is strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from heartwork.config import Env


def start(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "-m", "heartwork.cli", *(args or ("check",))],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HEARTWORK_DEBUG", "maybe"),
        ("HEARTWORK_SQLITE_TIMEOUT", "soon"),
        ("HEARTWORK_QUICK_EXIT_URL", "javascript:alert(1)"),
        ("HEARTWORK_ENCRYPTION_KEYS", "not-a-key"),
        ("HEARTWORK_EMAIL_VERIFICATION", "sometimes"),
        ("HEARTWORK_HELP_COUNTRY", "Atlantis"),
        ("HEARTWORK_EMAIL", "sometimes"),
        ("HEARTWORK_TRUSTED_PROXIES", "proxy.internal"),
        ("HEARTWORK_TRUSTED_PROXIES", "10.0.0.5/8"),
        ("HEARTWORK_BACKUP_KEEP", "0"),
        ("HEARTWORK_BACKUP_KEEP", "a week"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(name: str, value: str) -> None:
    result = start({name: value})
    assert result.returncode != 0
    assert name in result.stderr


def test_trusted_proxies_are_addresses_and_networks() -> None:
    networks = Env({"HEARTWORK_TRUSTED_PROXIES": "10.0.0.5, 192.168.1.0/24,::1"}).networks(
        "HEARTWORK_TRUSTED_PROXIES"
    )
    assert [str(network) for network in networks] == ["10.0.0.5/32", "192.168.1.0/24", "::1/128"]


def test_production_refuses_to_start_without_explicit_secrets(tmp_path) -> None:
    result = start({"HEARTWORK_PRODUCTION": "true", "HEARTWORK_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "HEARTWORK_SECRET_KEY" in result.stderr


def production(tmp_path: Path, **more: str) -> dict[str, str]:
    """Everything production asks for, with email left for each test to decide."""
    secret = tmp_path / "secret"
    secret.write_text("x" * 30 + "-production-secret-for-the-deploy-check-" + "y" * 20)
    env = {
        "HEARTWORK_PRODUCTION": "true",
        "HEARTWORK_DEBUG": "false",
        "HEARTWORK_SECRET_KEY_FILE": str(secret),
        "HEARTWORK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "HEARTWORK_ALLOWED_HOSTS": "heartwork.example",
        "HEARTWORK_DATA_DIR": str(tmp_path),
    }
    return {**{name: "" for name in EMAIL_VARIABLES}, **env, **more}


EMAIL_VARIABLES = ("HEARTWORK_EMAIL", "HEARTWORK_EMAIL_HOST")


@pytest.mark.parametrize(
    "email", [{"HEARTWORK_EMAIL_HOST": "smtp.example"}, {"HEARTWORK_EMAIL": "off"}]
)
def test_production_settings_pass_the_deploy_checks(tmp_path, email: dict[str, str]) -> None:
    result = start(production(tmp_path, **email), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_way_to_send_email(tmp_path) -> None:
    """Else the console backend would print password-reset links into the server's log."""
    result = start(production(tmp_path))
    assert result.returncode != 0
    assert "HEARTWORK_EMAIL_HOST" in result.stderr
    assert "HEARTWORK_EMAIL=off" in result.stderr


@pytest.mark.parametrize(
    ("more", "named"),
    [
        ({"HEARTWORK_EMAIL_HOST": "smtp.example"}, "HEARTWORK_EMAIL_HOST"),
        ({"HEARTWORK_EMAIL_VERIFICATION": "mandatory"}, "HEARTWORK_EMAIL_VERIFICATION"),
    ],
)
def test_email_off_refuses_settings_that_need_email(
    tmp_path, more: dict[str, str], named: str
) -> None:
    result = start({"HEARTWORK_EMAIL": "off", "HEARTWORK_DATA_DIR": str(tmp_path), **more})
    assert result.returncode != 0
    assert named in result.stderr


def test_a_secret_file_that_cannot_be_read_is_named(tmp_path) -> None:
    result = start({"HEARTWORK_SECRET_KEY_FILE": str(tmp_path / "missing")})
    assert result.returncode != 0
    assert "HEARTWORK_SECRET_KEY_FILE" in result.stderr
