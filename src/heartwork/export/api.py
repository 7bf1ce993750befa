"""The export for scripts: the same data as the JSON file under Settings."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from heartwork.core.apischema import Router
from heartwork.core.http import signed_in_user
from heartwork.export.selectors import export_for

router = Router(tags=["export"])


@router.get(
    "",
    response=dict[str, Any],
    summary="Everything I wrote and everything shared with me (schema in docs/export.md)",
)
def export(request: HttpRequest) -> dict[str, Any]:
    return export_for(signed_in_user(request))
