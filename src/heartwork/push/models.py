"""A browser's push subscription, held for the one person who turned notifications on there.

Everything a subscription holds is a key to that device: whoever has the endpoint and its
keys can make it show a notification (with the server's VAPID key) or learn which push
service it uses. So the endpoint and keys are encrypted at rest, the endpoint is found by
its digest, and nothing here is ever shown, exported or logged; no URL names a row.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from heartwork.core.encryption import EncryptedTextField


class PushSubscription(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    endpoint = EncryptedTextField()
    # sha256 of the endpoint: one row per device, and found again when it is turned off.
    endpoint_digest = models.CharField(max_length=64, unique=True)
    p256dh = EncryptedTextField()
    auth = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)
    # The local date of the last reminder this device is done with (delivered, or given up
    # after MAX_TRIES): a retry of that reminder pushes only where it is not done.
    reminded_on = models.DateField(null=True, blank=True)
    # Failed tries at the reminder of ``tried_on``.
    tried_on = models.DateField(null=True, blank=True)
    tries = models.PositiveSmallIntegerField(default=0)

    def __str__(self) -> str:
        return f"Push subscription of {self.user_id}"

    def info(self) -> dict[str, object]:
        """The subscription as pywebpush reads it (the browser's ``toJSON()``)."""
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}
