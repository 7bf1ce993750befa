"""Pushing a reminder to a person's devices: encrypted, signed, and without any content.

The payload says only that a reminder is due and which page opens it; the service worker
(``pwa/sw.js``) writes the notification's words itself. Encrypted for the browser
(aes128gcm, RFC 8291), so the push service sees only its size, its TTL and when it was
sent; signed with the server's VAPID key (RFC 8292). docs/push.md says the rest.

An endpoint is a key to someone's device: it is never logged, and neither is an error
that could carry it (the requests library's messages name the address).
"""

from __future__ import annotations

import json
import logging
from datetime import date
from enum import Enum
from functools import cache

import requests
from django.conf import settings
from py_vapid import Vapid02
from pywebpush import WebPushException, webpush

from heartwork.accounts.models import User
from heartwork.push.models import PushSubscription
from heartwork.safety.selectors import preferences_of

logger = logging.getLogger(__name__)

# A push service that fails this often on one reminder is given up on for that day, so
# that a broken device cannot hold the reminder (and the Today page's note) back all day.
MAX_TRIES = 3
# Seconds to wait for a push service to answer.
TIMEOUT = 10
# A later reminder replaces one the device has not fetched yet (RFC 8030, "Topic").
TOPIC = "reminder"


class Outcome(Enum):
    DELIVERED = "delivered"
    GONE = "gone"  # 404 or 410: the browser unsubscribed, or the subscription expired
    FAILED = "failed"  # anything else: tried again later


@cache
def _vapid(private_key: str) -> Vapid02:
    return Vapid02.from_string(private_key)


def payload(user: User, open_path: str) -> str:
    """What the device receives: the kind of message, the page to open and whether the
    person hides the app's name. No name, no text, no count."""
    neutral = preferences_of(user).neutral_titles
    return json.dumps({"kind": "reminder", "open": open_path, "neutral": neutral})


def push_one(subscription: PushSubscription, data: str, *, ttl: int) -> Outcome:
    try:
        webpush(
            subscription.info(),
            data=data,
            vapid_private_key=_vapid(settings.VAPID_PRIVATE_KEY),
            vapid_claims={"sub": settings.PUSH_CONTACT},  # a new dict: webpush adds to it
            ttl=ttl,
            timeout=TIMEOUT,
            headers={"Urgency": "normal", "Topic": TOPIC},
        )
    except WebPushException as error:
        if error.status_code in (404, 410):
            return Outcome.GONE
        logger.warning("A push service refused a reminder (status %s).", error.status_code)
        return Outcome.FAILED
    except requests.RequestException as error:
        logger.warning("A push service could not be reached (%s).", type(error).__name__)
        return Outcome.FAILED
    return Outcome.DELIVERED


def push_reminder(*, user: User, local_date: date, open_path: str, ttl: int) -> bool:
    """Push the reminder of ``local_date`` to each of ``user``'s devices not done with it.

    A device that is gone (404, 410) is forgotten; one that fails is tried again on the
    next round, up to ``MAX_TRIES``. Returns whether every device is done, i.e. whether
    the reminder may be marked sent. The caller holds the reminder's claim, so no other
    worker pushes it meanwhile.
    """
    if not settings.PUSH_ENABLED:
        return True
    data = payload(user, open_path)
    done = True
    pending = PushSubscription.objects.filter(user=user).exclude(reminded_on=local_date)
    for subscription in pending.order_by("pk"):
        outcome = push_one(subscription, data, ttl=ttl)
        row = PushSubscription.objects.filter(pk=subscription.pk)
        if outcome is Outcome.DELIVERED:
            row.update(reminded_on=local_date)
        elif outcome is Outcome.GONE:
            row.delete()
        else:
            tries = (subscription.tries if subscription.tried_on == local_date else 0) + 1
            if tries >= MAX_TRIES:
                logger.warning("A reminder was given up on one device after %s tries.", tries)
                row.update(tried_on=local_date, tries=tries, reminded_on=local_date)
            else:
                row.update(tried_on=local_date, tries=tries)
                done = False
    return done
