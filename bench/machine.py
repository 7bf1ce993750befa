"""The line every scale benchmark prints first: what machine and database it ran on.

Figures move with the machine and with whatever else it is doing, so each script says
both (the load average included: the shared 2-core machine is rarely idle).
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def database() -> str:
    """The database the current Django settings point at, with its version."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


def line(db: str | None = None) -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [today, cpu(), f"{os.cpu_count()} cores", f"Python {platform.python_version()}"]
    if db:
        parts.append(db)
    return "Machine: " + ", ".join(parts) + f"; load average {load}"
