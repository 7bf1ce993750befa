"""The export under Settings: a JSON file to keep and a page to read or print."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from heartwork.conflict.models import Topic, Turn
from heartwork.core.http import signed_in_user
from heartwork.export.selectors import export_for


@login_required
@require_GET
@never_cache
def export_json(request: HttpRequest) -> HttpResponse:
    data = export_for(signed_in_user(request))
    response = JsonResponse(data, encoder=DjangoJSONEncoder, json_dumps_params={"indent": 2})
    filename = f"heartwork-export-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_GET
@never_cache
def export_page(request: HttpRequest) -> HttpResponse:
    export = export_for(signed_in_user(request))
    return render(request, "export/export.html", {"export": export, "room": _in_words(export)})


def _in_words(export: dict[str, Any]) -> dict[str, Any]:
    """The conflict room's codes in words for the page; the JSON keeps the codes."""
    room = export["conflict"]
    status, kind = dict(Topic.Status.choices), dict(Turn.Kind.choices)
    return {
        **room,
        "topics": [
            {**t, "status_label": status.get(t["status"], t["status"])} for t in room["topics"]
        ],
        "turns": [{**t, "kind_label": kind.get(t["kind"], t["kind"])} for t in room["turns"]],
    }
