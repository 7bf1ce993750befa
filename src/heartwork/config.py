"""Strict reading of Heartwork's environment variables.

Every setting comes from the environment with a safe default. A value that cannot be
parsed stops start-up with a message naming the variable, because a silently ignored
typo in a privacy setting is worse than a refusal to start. Secrets may also be given
as ``NAME_FILE`` (a path whose contents are the value), as container secrets are.
"""

from __future__ import annotations

import ipaddress
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class Env:
    """Typed access to one mapping of environment variables."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.environ = os.environ if environ is None else environ

    def raw(self, name: str) -> str | None:
        """The value of ``name``, or of the file that ``name_FILE`` points to."""
        file_name = self.environ.get(f"{name}_FILE")
        if file_name:
            try:
                return Path(file_name).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ImproperlyConfigured(
                    f"{name}_FILE points to {file_name!r}, which cannot be read: {exc.strerror}."
                ) from exc
        return self.environ.get(name)

    def text(self, name: str, default: str = "") -> str:
        value = self.raw(name)
        return default if value is None else value.strip()

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ImproperlyConfigured(
            f"{name} must be one of true/false, yes/no, on/off or 1/0; it is {value!r}."
        )

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.text(name, default).lower() or default
        if value not in choices:
            allowed = f"{', '.join(choices[:-1])} or {choices[-1]}"
            raise ImproperlyConfigured(f"{name} must be {allowed}; it is {self.raw(name)!r}.")
        return value

    def number(self, name: str, default: int, *, minimum: int = 0) -> int:
        value = self.raw(name)
        if value is None or not value.strip():
            return default
        try:
            number = int(value.strip())
        except ValueError:
            raise ImproperlyConfigured(f"{name} must be a whole number; it is {value!r}.") from None
        if number < minimum:
            raise ImproperlyConfigured(f"{name} must be at least {minimum}; it is {number}.")
        return number

    def items(self, name: str, default: list[str] | None = None) -> list[str]:
        value = self.raw(name)
        if value is None:
            return list(default or [])
        return [item.strip() for item in value.split(",") if item.strip()]

    def networks(self, name: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        """Comma-separated IP addresses or networks, such as ``10.0.0.5, 192.168.1.0/24``.

        A network with host bits set (``10.0.0.5/8``) is refused rather than widened:
        it is more likely a typo than a wish to trust sixteen million addresses.
        """
        networks = []
        for item in self.items(name):
            try:
                networks.append(ipaddress.ip_network(item, strict=True))
            except ValueError:
                raise ImproperlyConfigured(
                    f"{name} must be comma-separated IP addresses or networks such as "
                    f"10.0.0.5 or 10.0.0.0/24; {item!r} is not one."
                ) from None
        return networks

    def url(self, name: str, default: str) -> str:
        value = self.text(name, default)
        if not value.startswith(("https://", "http://")):
            raise ImproperlyConfigured(f"{name} must be an http(s) address; it is {value!r}.")
        return value

    def path(self, name: str, default: Path) -> Path:
        value = self.raw(name)
        return Path(value).expanduser().resolve() if value else default


def secret_from_file(path: Path, make: Callable[[], str]) -> str:
    """Read a generated secret from ``path``, creating it (mode 600) on first use.

    Used only outside production so that ``make run`` works with no set-up, while the
    secret still survives restarts.
    """
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = make()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process (a worker, a second server) made it first
        return _written_by_another(path)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    return value


def _written_by_another(path: Path) -> str:
    """The secret another process has just made: it may not have written it yet."""
    for _ in range(100):
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
        time.sleep(0.01)
    raise ImproperlyConfigured(f"{path} is empty: remove it, and a new secret is made.")


# Files every user on the server may read are not the place for a couple's words.
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
PUBLIC_SUBDIRECTORIES = {"static"}  # collected static files: served to anyone anyway


def private_data_dir(path: Path) -> Path:
    """Make ``path`` a directory only this user can open, holding files only they can read.

    Sets the process umask to 077 first, so everything made from now on (the SQLite
    database and its -wal and -shm files, backups, generated secrets) is born 0600 and
    every directory 0700; then tightens what is already there, since an older version or
    a hand-made backup may have left files others can read. Symbolic links, files of
    other users and the collected static files are left as they are.
    """
    os.umask(0o077)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    uid = os.getuid()
    _restrict(path, PRIVATE_DIR_MODE, uid)
    for root, dirs, files in os.walk(path):
        if Path(root) == path:
            dirs[:] = [name for name in dirs if name not in PUBLIC_SUBDIRECTORIES]
        for name in dirs:
            _restrict(Path(root) / name, PRIVATE_DIR_MODE, uid)
        for name in files:
            _restrict(Path(root) / name, PRIVATE_FILE_MODE, uid)
    return path


def _restrict(path: Path, mode: int, uid: int) -> None:
    try:
        info = path.lstat()
        if path.is_symlink() or info.st_uid != uid or info.st_mode & 0o777 == mode:
            return
        path.chmod(mode)
    except FileNotFoundError:  # a -wal or -shm file that SQLite removed meanwhile
        return
