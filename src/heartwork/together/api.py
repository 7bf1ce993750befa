"""Reactions and replies over the API: the same service and selector as the web."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args
from uuid import UUID

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from ninja import Field, Schema, Status

from heartwork.accounts.models import User
from heartwork.core import paging
from heartwork.core.apischema import ErrorOut, InputSchema, Router
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.together import services
from heartwork.together.before import shared_before
from heartwork.together.models import ItemKind, Reaction, Response
from heartwork.together.selectors import responses_page

router = Router(tags=["answering each other"])


# Spelled out for the OpenAPI document (a strict body takes no enum from a string).
ReactionName = Literal["heart", "thanks", "me_too", "hug"]
KindName = Literal["journal", "appreciation", "checkin", "memory", "answer"]
if set(get_args(ReactionName)) != set(Reaction.values) or set(get_args(KindName)) != set(
    ItemKind.values
):  # pragma: no cover
    raise ImproperlyConfigured("together.api: ReactionName and KindName must list every choice")


class ReactionIn(InputSchema):
    reaction: ReactionName


class ItemReplyIn(InputSchema):
    body: Text = Field(..., min_length=1, max_length=services.REPLY_MAX)


class ResponseOut(Schema):
    id: UUID
    kind: str  # "reaction" or "reply"
    reaction: str
    body: str
    mine: bool
    author: str
    created_at: datetime


def _out(response: Response, user: User) -> ResponseOut:
    return ResponseOut(
        id=response.public_id,
        kind="reaction" if response.is_reaction else "reply",
        reaction=response.reaction,
        body=response.body,
        mine=response.author_id == user.pk,
        author=response.author.display_name,
        created_at=response.created_at,
    )


class SharedBeforeOut(Schema):
    # What I shared with my partner when we were linked before, and may bring back, in
    # words ("3 journal entries"); empty when there is nothing, or we were never linked
    # before. Never anything of my partner's.
    mine: list[str]


class BroughtBackOut(Schema):
    brought_back: int


@router.get(
    "/before",
    response={200: SharedBeforeOut, 400: ErrorOut},
    summary="What I shared with my partner before, when we have linked again",
)
def before_list(request: HttpRequest) -> SharedBeforeOut:
    found = shared_before(signed_in_user(request))
    return SharedBeforeOut(mine=found.mine if found else [])


@router.post(
    "/before/bring-back",
    response={200: BroughtBackOut, 400: ErrorOut},
    summary="Bring back what I shared with my partner before, for them to see again",
    description="Only my own shared things, from couples of us two: my partner's stay "
    "away until they choose, and someone new never sees them.",
)
def before_bring_back(request: HttpRequest) -> BroughtBackOut:
    return BroughtBackOut(
        brought_back=services.shared_before_bring_back(user=signed_in_user(request))
    )


@router.get(
    "/{kind}/{item_id}/responses",
    response={200: list[ResponseOut], 400: ErrorOut},
    summary="Reactions and replies to one shared item, oldest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def responses_list(
    request: HttpRequest,
    response: HttpResponse,
    kind: KindName,
    item_id: UUID,
    cursor: str | None = None,
) -> list[ResponseOut]:
    user = signed_in_user(request)
    page = responses_page(user, kind, item_id, cursor)
    paging.link_next(request, response, page)
    return [_out(r, user) for r in page.items]


@router.put(
    "/{kind}/{item_id}/reaction",
    response={200: ResponseOut, 400: ErrorOut},
    summary="React to something my partner shared (one reaction each; this replaces mine)",
)
def reaction_set(
    request: HttpRequest, kind: KindName, item_id: UUID, payload: ReactionIn
) -> ResponseOut:
    user = signed_in_user(request)
    reaction = services.response_react(
        user=user, kind=kind, item_id=item_id, reaction=payload.reaction
    )
    assert reaction is not None  # noqa: S101 - a reaction was given, so one is kept
    return _out(reaction, user)


@router.delete(
    "/{kind}/{item_id}/reaction",
    response={204: None, 400: ErrorOut},
    summary="Take back my reaction",
)
def reaction_remove(request: HttpRequest, kind: KindName, item_id: UUID) -> Status[object]:
    services.response_react(user=signed_in_user(request), kind=kind, item_id=item_id, reaction=None)
    return Status(204, None)


@router.post(
    "/{kind}/{item_id}/replies",
    response={201: ResponseOut, 400: ErrorOut},
    summary="Reply to something shared (the partner), or answer back (its author)",
)
def reply_send(
    request: HttpRequest, kind: KindName, item_id: UUID, payload: ItemReplyIn
) -> Status[object]:
    user = signed_in_user(request)
    reply = services.response_reply(user=user, kind=kind, item_id=item_id, body=payload.body)
    return Status(201, _out(reply, user))
