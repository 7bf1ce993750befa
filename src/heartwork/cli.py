"""The ``heartwork`` command: every Django management command, plus Heartwork's own.

``heartwork serve``, ``heartwork demo`` and the rest are management commands in
``heartwork.core``; this entry point only points Django at our settings.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["coach"]:  # the coach needs no Django, settings or database
        from heartwork.coach.cli import main as coach

        raise SystemExit(coach(args[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["heartwork", *args])


if __name__ == "__main__":
    main()
