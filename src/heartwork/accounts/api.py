"""API endpoints for the signed-in person, their couple, invitations and tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Schema, Status
from ninja.errors import HttpError

from heartwork import access
from heartwork.accounts import services
from heartwork.accounts.forms import PASSWORD_MAX
from heartwork.accounts.models import ApiToken, Couple, Invitation, User
from heartwork.core.apischema import ErrorOut, InputSchema, Router, Whole
from heartwork.core.http import signed_in_user
from heartwork.core.validation import Text

router = Router(tags=["accounts"])


class PartnerOut(Schema):
    name: str


class MeOut(Schema):
    id: UUID
    email: str
    name: str
    partner: PartnerOut | None


class CoupleOut(Schema):
    linked_since: datetime
    partner: PartnerOut


class InvitationOut(Schema):
    id: UUID
    code: str
    link: str
    expires_at: datetime


class AcceptIn(InputSchema):
    code: Text = Field(..., max_length=20)


class TokenIn(InputSchema):
    name: Text = Field(
        max_length=services.TOKEN_NAME_MAX, description="What the token is for; only you see it."
    )
    password: Text = Field(
        max_length=PASSWORD_MAX, description="Your password, typed again: it proves it is you."
    )
    scope: Literal["read", "read-write"] = Field(
        "read",
        description="`read`: only GET requests. `read-write`: also POST, PUT, PATCH and DELETE.",
    )
    expires_in_days: Whole = Field(
        services.TOKEN_DEFAULT_DAYS,
        ge=1,
        le=services.TOKEN_MAX_DAYS,
        description="How long the token works, from 1 to 365 days.",
    )


class TokenOut(Schema):
    id: UUID
    name: str
    prefix: str
    scope: Literal["read", "read-write"]
    created_at: datetime
    expires_at: datetime = Field(description="After this the token answers 401.")
    last_used_at: datetime | None


class NewTokenOut(TokenOut):
    token: str = Field(description="The token itself. Shown once: only a hash is kept.")


def _token_out(token: ApiToken) -> TokenOut:
    return TokenOut(
        id=token.public_id,
        name=token.name,
        prefix=token.prefix,
        scope=token.scope,  # type: ignore[arg-type]  # the model allows only these two
        created_at=token.created_at,
        expires_at=token.expires_at,
        last_used_at=token.last_used_at,
    )


def _partner_out(partner: User | None) -> PartnerOut | None:
    return PartnerOut(name=partner.display_name) if partner else None


def _couple_out(couple: Couple, partner: User) -> CoupleOut:
    return CoupleOut(linked_since=couple.created_at, partner=PartnerOut(name=partner.display_name))


@router.get("/me", response=MeOut, summary="Who I am and who my partner is")
def me(request: HttpRequest) -> MeOut:
    user = signed_in_user(request)
    return MeOut(
        id=user.public_id,
        email=user.email,
        name=user.display_name,
        partner=_partner_out(access.partner_of(user)),
    )


@router.get("/couple", response={200: CoupleOut, 404: ErrorOut}, summary="My couple")
def couple(request: HttpRequest) -> Status[object]:
    user = signed_in_user(request)
    current, partner = access.current_couple(user), access.partner_of(user)
    if current is None or partner is None:
        return Status(404, {"detail": "You're not linked with a partner yet."})
    return Status(200, _couple_out(current, partner))


@router.post(
    "/couple",
    response={201: CoupleOut, 400: ErrorOut, 429: ErrorOut},
    summary="Join my partner with their invitation code",
)
def couple_join(request: HttpRequest, payload: AcceptIn) -> Status[object]:
    user = signed_in_user(request)
    couple = services.invitation_accept(user=user, code=payload.code)
    return Status(201, _couple_out(couple, couple.memberships.exclude(user=user).get().user))


@router.delete("/couple", response={204: None, 400: ErrorOut}, summary="Leave my couple")
def couple_leave(request: HttpRequest) -> Status[object]:
    services.couple_leave(user=signed_in_user(request))
    return Status(204, None)


def _invitation_out(request: HttpRequest, invitation: Invitation) -> InvitationOut:
    link = request.build_absolute_uri(reverse("couple_join_link", args=[invitation.token]))
    return InvitationOut(
        id=invitation.public_id, code=invitation.code, link=link, expires_at=invitation.expires_at
    )


@router.post(
    "/invitations", response={201: InvitationOut, 400: ErrorOut}, summary="Invite my partner"
)
def invitation_create(request: HttpRequest) -> Status[object]:
    invitation = services.invitation_create(inviter=signed_in_user(request))
    return Status(201, _invitation_out(request, invitation))


@router.get("/invitations", response=list[InvitationOut], summary="My open invitation")
def invitation_list(request: HttpRequest) -> list[InvitationOut]:
    invitation = services.open_invitation(signed_in_user(request))
    return [_invitation_out(request, invitation)] if invitation else []


@router.delete(
    "/invitations/{invitation_id}",
    response={204: None, 400: ErrorOut},
    summary="Cancel an invitation",
)
def invitation_revoke(request: HttpRequest, invitation_id: UUID) -> Status[object]:
    user = signed_in_user(request)
    invitation = services.open_invitation(user)
    if invitation is None or invitation.public_id != invitation_id:
        raise HttpError(404, "Not found")
    services.invitation_revoke(user=user, invitation_id=invitation_id)
    return Status(204, None)


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
def token_list(request: HttpRequest) -> list[TokenOut]:
    return [_token_out(t) for t in services.live_tokens(signed_in_user(request))]


@router.post(
    "/tokens",
    response={201: NewTokenOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    summary="Make an API token (shown once)",
    description=(
        "Only from a signed-in browser session (with its CSRF token), with your password "
        "typed again. A request made with a token is refused with 403: a token cannot make "
        "tokens. A wrong password answers 400; input that does not fit answers 422. You are "
        "told by email that a token was made."
    ),
)
def token_create(request: HttpRequest, payload: TokenIn) -> Status[object]:
    if isinstance(request.auth, ApiToken):  # type: ignore[attr-defined]
        raise HttpError(
            403,
            "A token can't make tokens. Sign in on the web and make one under "
            "Settings → API tokens, with your password.",
        )
    new = services.api_token_create(
        user=signed_in_user(request),
        name=payload.name,
        password=payload.password,
        scope=payload.scope,
        days=payload.expires_in_days,
    )
    return Status(201, NewTokenOut(**_token_out(new.token).model_dump(), token=new.secret))


@router.delete(
    "/tokens/{token_id}", response={204: None, 400: ErrorOut}, summary="Revoke an API token"
)
def token_revoke(request: HttpRequest, token_id: UUID) -> Status[object]:
    user = signed_in_user(request)
    if not ApiToken.objects.filter(public_id=token_id, user=user, revoked_at__isnull=True).exists():
        raise HttpError(404, "Not found")
    services.api_token_revoke(user=user, token_id=token_id)
    return Status(204, None)
