"""gunicorn's logger with Heartwork's redaction: what ``heartwork serve --production`` uses.

gunicorn writes its access and error logs on loggers of its own that do not reach
Django's logging configuration, so the same ``RedactSecrets`` filter is added to them
here (``--logger-class``).
"""

from __future__ import annotations

from typing import Any

from gunicorn.glogging import Logger

from heartwork.core.logs import RedactSecrets


class RedactingLogger(Logger):
    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(existing, RedactSecrets) for existing in log.filters):
                log.addFilter(RedactSecrets())
