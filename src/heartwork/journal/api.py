"""API endpoints for journal entries, read through the access layer."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from ninja import Field, Schema, Status

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import paging
from heartwork.core.apischema import ErrorOut, InputSchema, Router
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text
from heartwork.journal import services
from heartwork.journal.models import JournalEntry

router = Router(tags=["journal"])


class EntryIn(InputSchema):
    title: Text = Field("", max_length=services.TITLE_MAX)
    body: Text = Field(..., min_length=1, max_length=services.BODY_MAX)
    shared: bool = False


class EntryPatch(InputSchema):
    title: Text | None = Field(None, max_length=services.TITLE_MAX)
    body: Text | None = Field(None, min_length=1, max_length=services.BODY_MAX)
    shared: bool | None = None


class EntryOut(Schema):
    id: UUID
    title: str
    body: str
    shared: bool
    mine: bool
    author: str
    created_at: datetime
    updated_at: datetime


def _out(entry: JournalEntry, user: User) -> EntryOut:
    return EntryOut(
        id=entry.public_id,
        title=entry.title,
        body=entry.body,
        shared=entry.is_shared,
        mine=entry.author_id == user.pk,
        author=entry.author.display_name,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
    )


@router.get(
    "",
    response={200: list[EntryOut], 400: ErrorOut},
    summary="Entries I may read: mine and my partner's shared, newest first, a page at a time",
    description=paging.API_DESCRIPTION,
)
def entry_list(
    request: HttpRequest, response: HttpResponse, cursor: str | None = None
) -> list[EntryOut]:
    user = signed_in_user(request)
    page = paging.page_of(access.readable(user, JournalEntry).select_related("author"), cursor)
    paging.link_next(request, response, page)
    return [_out(e, user) for e in page.items]


@router.post(
    "", response={201: EntryOut, 400: ErrorOut}, summary="Write an entry (private unless shared)"
)
def entry_create(request: HttpRequest, payload: EntryIn) -> Status[object]:
    user = signed_in_user(request)
    entry = services.journal_create(
        author=user, title=payload.title, body=payload.body, shared=payload.shared
    )
    return Status(201, _out(entry, user))


@router.get("/{entry_id}", response=EntryOut, summary="One entry")
def entry_detail(request: HttpRequest, entry_id: UUID) -> EntryOut:
    user = signed_in_user(request)
    return _out(access.get_readable(user, JournalEntry, entry_id), user)


@router.patch(
    "/{entry_id}", response={200: EntryOut, 400: ErrorOut}, summary="Change my entry or who sees it"
)
def entry_update(request: HttpRequest, entry_id: UUID, payload: EntryPatch) -> EntryOut:
    user = signed_in_user(request)
    entry = services.journal_update(
        author=user,
        entry_id=entry_id,
        title=payload.title,
        body=payload.body,
        shared=payload.shared,
    )
    return _out(entry, user)


@router.delete("/{entry_id}", response={204: None}, summary="Delete my entry")
def entry_delete(request: HttpRequest, entry_id: UUID) -> Status[object]:
    services.journal_delete(author=signed_in_user(request), entry_id=entry_id)
    return Status(204, None)
