"""The hook for the conflict room's record of how a couple fights: counts, never quotes.

The conflict room is being built in ``heartwork.conflict``. Until it exists this returns
None, and the report does not offer the section. When the room lands, this function reads
its pattern counts for ``user``'s couple (for example ``[{"pattern": "criticism",
"weeks": [2, 1, 0, ...]}]``) through that app's selectors; nothing else here changes.
"""

from __future__ import annotations

from typing import Any

from heartwork.accounts.models import User


def conflict_patterns(user: User) -> list[dict[str, Any]] | None:
    """The couple's pattern counts over time, or None while there is no conflict room."""
    return None
