from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def heartwork(request: HttpRequest) -> dict[str, object]:
    """Values every page needs: the quick-exit address above all."""
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL}
