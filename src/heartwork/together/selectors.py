"""The reads of responses that pages, the API and the export share (through the access layer)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import paging
from heartwork.core.models import CoupleItem
from heartwork.together.items import is_open_to_both, open_item
from heartwork.together.models import Response


@dataclass
class Thread:
    """What the two of them said about one item: reactions, then replies in order."""

    reactions: list[Response] = field(default_factory=list)
    replies: list[Response] = field(default_factory=list)
    mine: str = ""  # the reader's own reaction, if any


def threads_for(user: User, kind: str, items: Iterable[CoupleItem]) -> dict[UUID, Thread]:
    """The thread of each item on a page that is open to both, in one query.

    Items that are private, or were shared in a couple that has ended, get no thread.
    """
    ids = [item.public_id for item in items if is_open_to_both(user, item)]
    threads: dict[UUID, Thread] = {i: Thread() for i in ids}
    if not ids:
        return threads
    for response in readable_responses(user).filter(item_kind=kind, item_id__in=ids):
        thread = threads[response.item_id]
        if response.is_reaction:
            thread.reactions.append(response)
            if response.author_id == user.pk:
                thread.mine = response.reaction
        else:
            thread.replies.append(response)
    return threads


def readable_responses(user: User) -> QuerySet[Response]:
    return access.readable(user, Response).select_related("author")


def responses_page(
    user: User, kind: str, item_id: UUID, cursor: str | None
) -> paging.Page[Response]:
    """One page of an item's responses, oldest first, for the API."""
    item = open_item(user, kind, item_id)
    queryset = readable_responses(user).filter(item_kind=kind, item_id=item.public_id)
    return paging.page_of(queryset, cursor)
