"""The ``heartwork`` command: every Django management command, plus Heartwork's own.

``heartwork serve``, ``heartwork demo`` and the rest are management commands of the
apps (``core``, ``demo``, …); this entry point only points Django at our settings.
"""

from __future__ import annotations

import os
import sys

# Spellings people type, for commands whose module names need underscores.
ALIASES = {
    "send-reminders": "send_reminders",
    "rotate-encryption": "rotate_encryption",
    "generate-encryption-key": "generate_encryption_key",
    "generate-vapid-key": "generate_vapid_key",
    "remove-second-factor": "remove_second_factor",
}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        args[0] = ALIASES.get(args[0], args[0])
    if args[:1] == ["coach"]:  # the coach needs no Django, settings or database
        from heartwork.coach.cli import main as coach

        raise SystemExit(coach(args[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["heartwork", *args])


if __name__ == "__main__":
    main()
