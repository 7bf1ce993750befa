"""API endpoints for the signed-in person, their couple, invitations and tokens."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.urls import reverse
from ninja import Router, Schema
from ninja.errors import HttpError

from heartwork import access
from heartwork.accounts import services
from heartwork.accounts.models import ApiToken, User

router = Router(tags=["accounts"])


class PartnerOut(Schema):
    name: str


class MeOut(Schema):
    id: int
    email: str
    name: str
    partner: PartnerOut | None


class CoupleOut(Schema):
    linked_since: datetime
    partner: PartnerOut


class InvitationOut(Schema):
    id: int
    code: str
    link: str
    expires_at: datetime


class AcceptIn(Schema):
    code: str


class TokenIn(Schema):
    name: str


class TokenOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None


class NewTokenOut(TokenOut):
    token: str


def _user(request: HttpRequest) -> User:
    user = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    return user


def _partner_out(partner: User | None) -> PartnerOut | None:
    return PartnerOut(name=partner.display_name) if partner else None


@router.get("/me", response=MeOut, summary="Who I am and who my partner is")
def me(request: HttpRequest) -> MeOut:
    user = _user(request)
    return MeOut(
        id=user.pk,
        email=user.email,
        name=user.display_name,
        partner=_partner_out(access.partner_of(user)),
    )


@router.get("/couple", response={200: CoupleOut, 404: dict}, summary="My couple")
def couple(request: HttpRequest) -> tuple[int, object]:
    user = _user(request)
    current, partner = access.current_couple(user), access.partner_of(user)
    if current is None or partner is None:
        return 404, {"detail": "You're not linked with a partner yet."}
    return 200, CoupleOut(linked_since=current.created_at, partner=PartnerOut(name=partner.display_name))


@router.delete("/couple", response={204: None}, summary="Leave my couple")
def couple_leave(request: HttpRequest) -> tuple[int, None]:
    services.couple_leave(user=_user(request))
    return 204, None


def _invitation_out(request: HttpRequest, invitation) -> InvitationOut:  # type: ignore[no-untyped-def]
    link = request.build_absolute_uri(reverse("couple_join_link", args=[invitation.token]))
    return InvitationOut(
        id=invitation.pk, code=invitation.code, link=link, expires_at=invitation.expires_at
    )


@router.post("/invitations", response={201: InvitationOut}, summary="Invite my partner")
def invitation_create(request: HttpRequest) -> tuple[int, InvitationOut]:
    invitation = services.invitation_create(inviter=_user(request))
    return 201, _invitation_out(request, invitation)


@router.get("/invitations", response=list[InvitationOut], summary="My open invitation")
def invitation_list(request: HttpRequest) -> list[InvitationOut]:
    invitation = services.open_invitation(_user(request))
    return [_invitation_out(request, invitation)] if invitation else []


@router.delete("/invitations/{invitation_id}", response={204: None}, summary="Cancel an invitation")
def invitation_revoke(request: HttpRequest, invitation_id: int) -> tuple[int, None]:
    user = _user(request)
    invitation = services.open_invitation(user)
    if invitation is None or invitation.pk != invitation_id:
        raise HttpError(404, "Not found")
    services.invitation_revoke(user=user, invitation_id=invitation_id)
    return 204, None


@router.post("/invitations/accept", response={201: CoupleOut}, summary="Join my partner")
def invitation_accept(request: HttpRequest, payload: AcceptIn) -> tuple[int, CoupleOut]:
    user = _user(request)
    couple = services.invitation_accept(user=user, code=payload.code)
    partner = access.partner_of(user)
    assert partner is not None
    return 201, CoupleOut(linked_since=couple.created_at, partner=PartnerOut(name=partner.display_name))


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
def token_list(request: HttpRequest) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=_user(request), revoked_at__isnull=True))


@router.post("/tokens", response={201: NewTokenOut}, summary="Make an API token (shown once)")
def token_create(request: HttpRequest, payload: TokenIn) -> tuple[int, NewTokenOut]:
    new = services.api_token_create(user=_user(request), name=payload.name)
    t = new.token
    return 201, NewTokenOut(
        id=t.pk, name=t.name, prefix=t.prefix, created_at=t.created_at, last_used_at=None,
        token=new.secret,
    )


@router.delete("/tokens/{token_id}", response={204: None}, summary="Revoke an API token")
def token_revoke(request: HttpRequest, token_id: int) -> tuple[int, None]:
    user = _user(request)
    if not ApiToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).exists():
        raise HttpError(404, "Not found")
    services.api_token_revoke(user=user, token_id=token_id)
    return 204, None
