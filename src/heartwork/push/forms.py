from __future__ import annotations

from django import forms

from heartwork.core.validation import TextRules
from heartwork.push.services import ENDPOINT_MAX, KEY_MAX


class SubscriptionForm(TextRules, forms.Form):
    """What ``pushManager.subscribe`` gave the page (its ``toJSON()``), posted by push.js."""

    endpoint = forms.CharField(max_length=ENDPOINT_MAX)
    p256dh = forms.CharField(max_length=KEY_MAX)
    auth = forms.CharField(max_length=KEY_MAX)


class EndpointForm(TextRules, forms.Form):
    endpoint = forms.CharField(max_length=ENDPOINT_MAX)
