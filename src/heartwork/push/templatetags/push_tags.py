from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings

from heartwork.daily.models import ReminderPreference
from heartwork.push import keys
from heartwork.push.services import devices_of

register = template.Library()


@register.inclusion_tag("push/_settings.html", takes_context=True)
def push_settings(context: dict[str, Any]) -> dict[str, Any]:
    """The Settings page's card: this device's switch and the person's own devices."""
    user = context["request"].user
    enabled = settings.PUSH_ENABLED
    return {
        "csrf_token": context.get("csrf_token"),
        "enabled": enabled,
        "key": keys.application_server_key(settings.VAPID_PRIVATE_KEY) if enabled else "",
        "devices": devices_of(user),
        "reminders_on": ReminderPreference.objects.filter(user=user, enabled=True).exists(),
    }
