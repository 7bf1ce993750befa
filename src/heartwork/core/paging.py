"""Every list comes a page at a time, newest (or soonest) first, with a cursor to the next.

A page is found by where the last one ended (a keyset on the list's own order, ending in
``id``), never by an offset: reading page 50 costs what page 1 does, and a row written
meanwhile does not shift what "older" shows. The cursor is the last row's sort values,
signed so that it is opaque and cannot be edited; a cursor that was changed or belongs
to another list is refused with a clear message. Only ever a filter on the reader's own
readable rows, so no cursor can show anything the access layer would not.

Web pages take it as ``?older=…`` (a plain link, no script needed); the API as
``?cursor=…`` and names the next page in a ``Link: <…>; rel="next"`` header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest, HttpResponse

from heartwork.core.errors import DomainError

PAGE_SIZE = 20  # documented in docs/api.md
API_DESCRIPTION = (
    f"At most {PAGE_SIZE} a page. When there are more, the `Link` header names the next "
    'page (`<…?cursor=…>; rel="next"`); follow it as it is: the cursor is opaque.'
)
T = TypeVar("T", bound=Model)


class BadCursor(DomainError):
    def __init__(self) -> None:
        super().__init__(
            "That page link has been changed or belongs to another list. Go back to the "
            "first page and follow the links from there."
        )


@dataclass
class Page(Generic[T]):
    items: list[T]
    next: str | None  # the cursor for the page after this one; None on the last page


def _order(queryset: QuerySet[T]) -> list[str]:
    order = [str(name) for name in queryset.query.order_by or queryset.model._meta.ordering or ()]
    if not order or order[-1].lstrip("-") not in ("id", "pk"):
        order.append("-id" if order and order[0].startswith("-") else "id")
    if len({name.startswith("-") for name in order}) != 1:
        raise ValueError(f"{queryset.model.__name__}: a paged order runs one way")
    return order


def _salt(queryset: QuerySet[T], order: list[str]) -> str:
    return f"heartwork.paging:{queryset.model._meta.label}:{','.join(order)}"


def _encode(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def page_of(queryset: QuerySet[T], cursor: str | None, *, size: int = PAGE_SIZE) -> Page[T]:
    """One page of ``queryset`` in its own order, after ``cursor`` (the first without one)."""
    order = _order(queryset)
    names = [name.lstrip("-") for name in order]
    queryset = queryset.order_by(*order)
    if cursor:
        try:
            raw = signing.loads(cursor, salt=_salt(queryset, order))
            fields = [queryset.model._meta.get_field("id" if n == "pk" else n) for n in names]
            values = [f.to_python(v) for f, v in zip(fields, raw, strict=True)]  # type: ignore[union-attr]
        except (signing.BadSignature, TypeError, ValueError, ValidationError) as error:
            raise BadCursor from error
        after = "lt" if order[0].startswith("-") else "gt"
        condition = Q()
        for i, name in enumerate(names):
            equal = {n: v for n, v in zip(names[:i], values[:i], strict=True)}
            condition |= Q(**equal, **{f"{name}__{after}": values[i]})
        queryset = queryset.filter(condition)
    rows = list(queryset[: size + 1])
    if len(rows) <= size:
        return Page(rows, None)
    last = rows[size - 1]
    values = [_encode(getattr(last, "pk" if n == "pk" else n)) for n in names]
    return Page(rows[:size], signing.dumps(values, salt=_salt(queryset, order)))


def page_for(request: HttpRequest, queryset: QuerySet[T], *, size: int = PAGE_SIZE) -> Page[T]:
    """The page a web list's ``?older=`` link asks for; the first, with a note, if it is bad."""
    try:
        return page_of(queryset, request.GET.get("older"), size=size)
    except BadCursor as error:
        messages.error(request, error.message)
        return page_of(queryset, None, size=size)


def link_next(request: HttpRequest, response: HttpResponse, page: Page[Any]) -> None:
    """Name the API's next page in a ``Link`` header (RFC 8288), as GitHub's API does."""
    if page.next is not None:
        query = request.GET.copy()
        query["cursor"] = page.next
        url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        response["Link"] = f'<{url}>; rel="next"'
