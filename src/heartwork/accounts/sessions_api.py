"""API endpoints for where I'm signed in: list my browser sessions, end one or all others."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth import logout
from django.http import HttpRequest
from ninja import Field, Schema, Status
from ninja.errors import HttpError

from heartwork.accounts import sessions
from heartwork.core.apischema import Router
from heartwork.core.http import signed_in_user

router = Router(tags=["sessions"])


class SessionOut(Schema):
    id: str = Field(description="The session's id here; not its cookie, which is never shown.")
    browser: str = Field(description='The browser, e.g. "Firefox"; empty if it can\'t be told.')
    system: str = Field(description='The operating system, e.g. "Android 14"; may be empty.')
    device: str = Field(description='The device model, e.g. "Pixel 8"; often empty.')
    label: str = Field(description='All three in words, e.g. "Firefox on Windows".')
    network: str = Field(
        description="Whether it is on the same network as this request, on a private "
        "network, or elsewhere. Addresses are never shown and places never looked up."
    )
    started_at: datetime
    last_seen_at: datetime = Field(description="Kept up to date to within a minute.")
    this_browser: bool = Field(
        description="True for the session making this request (never, with a token)."
    )


class EndedOut(Schema):
    ended: int = Field(description="How many sessions were signed out.")


def _out(session: sessions.SignedIn) -> SessionOut:
    return SessionOut(
        id=session.id,
        browser=session.device.browser,
        system=session.device.system,
        device=session.device.model,
        label=session.device.label,
        network=session.place,
        started_at=session.started_at,
        last_seen_at=session.last_seen_at,
        this_browser=session.this_browser,
    )


@router.get("", response=list[SessionOut], summary="Where I'm signed in")
def session_list(request: HttpRequest) -> list[SessionOut]:
    listed = sessions.sessions_of(user=signed_in_user(request), request=request)
    return [_out(session) for session in listed]


@router.delete(
    "",
    response=EndedOut,
    summary="Sign out every other browser",
    description="Every browser session but the one making the request ends at once. "
    "Called with a token, every browser session ends (tokens are not sessions: revoke "
    "them under /api/tokens).",
)
def sessions_end_others(request: HttpRequest) -> EndedOut:
    ended = sessions.sessions_end_others(
        user=signed_in_user(request), keep_session_key=request.session.session_key
    )
    return EndedOut(ended=ended)


@router.delete(
    "/{session_id}",
    response={204: None},
    summary="Sign out one browser",
    description="Its next request is signed out. Ending this request's own session signs "
    "it out too.",
)
def session_end(request: HttpRequest, session_id: str) -> Status[object]:
    try:
        was_this_browser = sessions.session_end(
            user=signed_in_user(request),
            session_id=session_id,
            current_session_key=request.session.session_key,
        )
    except sessions.SessionNotFound:
        raise HttpError(404, "Not found") from None
    if was_this_browser:
        logout(request)
    return Status(204, None)
