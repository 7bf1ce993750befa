"""Turning notifications on and off from the Settings page.

``on`` and ``off`` answer push.js (they need the browser's own subscription, which only
script can reach) with JSON; "off everywhere" is a plain form, so it works without script.
None of them names a subscription by id: a device is known by its endpoint, which only
that browser holds, and each person reaches only their own.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.push import services
from heartwork.push.forms import EndpointForm, SubscriptionForm

BAD_REQUEST = "That didn't come through whole. Please reload the page and try again."


def _refused(form: SubscriptionForm | EndpointForm) -> JsonResponse:
    errors = [str(message) for field in form.errors.values() for message in field]
    return JsonResponse({"error": errors[0] if errors else BAD_REQUEST}, status=400)


@login_required
@require_POST
def push_on(request: HttpRequest) -> JsonResponse:
    form = SubscriptionForm(request.POST)
    if not form.is_valid():
        return _refused(form)
    try:
        services.push_subscribe(user=signed_in_user(request), **form.cleaned_data)
    except DomainError as error:
        return JsonResponse({"error": error.message}, status=400)
    return JsonResponse({"on": True})


@login_required
@require_POST
def push_off(request: HttpRequest) -> JsonResponse:
    form = EndpointForm(request.POST)
    if not form.is_valid():
        return _refused(form)
    services.push_unsubscribe(user=signed_in_user(request), endpoint=form.cleaned_data["endpoint"])
    return JsonResponse({"on": False})


@login_required
@require_POST
def push_off_everywhere(request: HttpRequest) -> HttpResponse:
    services.push_forget_all(user=signed_in_user(request))
    messages.success(request, "Notifications are off on every device.")
    return redirect(reverse("settings") + "#notifications")
