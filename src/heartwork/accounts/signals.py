"""What happens to an account that other apps may need to act on, without accounts
importing them: each app that keeps something per person connects in its ``ready()``.

``signed_out_elsewhere`` (kwargs ``user``): every session but at most one has just ended,
by "sign out everywhere else" or any password change or reset. Whatever another browser
may have set up for the person must stop with those sessions.

``couple_ended`` (kwargs ``users``): these people have just left their couple.

Both are sent inside the service's transaction, so a receiver's writes stand or fall
with it.
"""

from __future__ import annotations

from django.dispatch import Signal

signed_out_elsewhere = Signal()
couple_ended = Signal()
