"""Linking two people into a couple with a one-time link or code."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import People, client_for, emailed_link, make_user
from django.utils import timezone

from heartwork import access
from heartwork.accounts import services
from heartwork.accounts.models import Invitation
from heartwork.core.errors import DomainError


@pytest.fixture
def alone(db):
    return make_user("robin@example.com", "Robin"), make_user("kai@example.com", "Kai")


def test_an_invitation_page_shows_a_link_and_a_code(alone) -> None:
    robin, _ = alone
    client = client_for(robin)
    client.post("/couple/invite/")
    invitation = Invitation.objects.get(inviter=robin)
    page = client.get("/couple/").content.decode()
    assert invitation.code in page
    assert f"/couple/join/{invitation.token}/" in page
    assert invitation.expires_at - timezone.now() > timedelta(days=6, hours=23)


def test_a_partner_joins_with_the_code_typed_in_any_case(alone) -> None:
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    typed = invitation.code.lower().replace("-", " ")
    response = client_for(kai).post("/couple/join/", {"code": typed})
    assert response.status_code == 302
    assert access.partner_of(kai) == robin
    assert access.partner_of(robin) == kai


def test_a_partner_joins_with_the_link(alone) -> None:
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    client = client_for(kai)
    page = client.get(f"/couple/join/{invitation.token}/")
    assert "Join Robin" in page.content.decode()
    assert client.post(f"/couple/join/{invitation.token}/").status_code == 302
    assert access.partner_of(kai) == robin


def test_someone_without_an_account_learns_who_invited_them_and_signs_up_first(alone) -> None:
    from django.test import Client

    robin, _ = alone
    invitation = services.invitation_create(inviter=robin)
    response = Client().get(f"/couple/join/{invitation.token}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Robin invited you to Heartwork" in html
    back = f"next=/couple/join/{invitation.token}/"
    sign_up, log_in = (
        html.index(f"/accounts/signup/?{back}"),
        html.index(f"/accounts/login/?{back}"),
    )
    assert sign_up < log_in  # making an account comes first


def test_someone_signed_out_who_joins_is_sent_to_log_in_and_back(alone) -> None:
    from django.test import Client

    robin, _ = alone
    invitation = services.invitation_create(inviter=robin)
    response = Client().post(f"/couple/join/{invitation.token}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert invitation.token in response["Location"]


def test_a_used_or_made_up_link_tells_a_stranger_nothing(alone) -> None:
    from django.test import Client

    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    services.invitation_accept(user=kai, token=invitation.token)
    for token in (invitation.token, "made-up"):
        response = Client().get(f"/couple/join/{token}/")
        assert response.status_code == 404
        assert "Robin" not in response.content.decode()


def test_an_invitation_works_only_once(alone) -> None:
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    services.invitation_accept(user=kai, code=invitation.code)
    third = make_user("sol@example.com", "Sol")
    response = client_for(third).post("/couple/join/", {"code": invitation.code})
    assert response.status_code == 400
    assert "already been used" in response.content.decode()
    assert access.current_couple(third) is None


def test_an_expired_invitation_is_refused_kindly(alone) -> None:
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    with pytest.raises(DomainError, match="expired"):
        services.invitation_accept(user=kai, code=invitation.code)
    assert access.current_couple(kai) is None


def test_nobody_can_accept_their_own_invitation(alone) -> None:
    robin, _ = alone
    invitation = services.invitation_create(inviter=robin)
    response = client_for(robin).post("/couple/join/", {"code": invitation.code})
    assert "your own invitation" in response.content.decode()
    assert access.current_couple(robin) is None


def test_a_third_person_cannot_join_a_couple(people: People) -> None:
    sol = make_user("sol@example.com", "Sol")
    with pytest.raises(DomainError, match="already linked"):
        services.invitation_create(inviter=people.alice)
    # An invitation Alice made before linking with Bob no longer works either.
    stale = Invitation.objects.filter(inviter=people.alice).first()
    assert stale is not None
    with pytest.raises(DomainError):
        services.invitation_accept(user=sol, code=stale.code)
    assert access.current_couple(sol) is None
    assert access.partner_of(people.alice) == people.bob


def test_someone_already_in_a_couple_cannot_join_another(people: People) -> None:
    sol = make_user("sol@example.com", "Sol")
    invitation = services.invitation_create(inviter=sol)
    with pytest.raises(DomainError, match="Leave that couple first"):
        services.invitation_accept(user=people.alice, code=invitation.code)
    assert access.partner_of(people.alice) == people.bob


def test_a_new_invitation_cancels_the_previous_one(alone) -> None:
    robin, kai = alone
    first = services.invitation_create(inviter=robin)
    services.invitation_create(inviter=robin)
    with pytest.raises(DomainError):
        services.invitation_accept(user=kai, code=first.code)


def test_an_unknown_link_answers_404_with_a_way_forward(alone) -> None:
    _, kai = alone
    response = client_for(kai).get("/couple/join/not-a-real-token/")
    assert response.status_code == 404
    assert "type the code" in response.content.decode().lower()


def test_someone_alone_can_use_the_app(alone) -> None:
    robin, _ = alone
    client = client_for(robin)
    assert "Invite my partner" in client.get("/").content.decode()
    assert client.post("/journal/new/", {"body": "Just for me."}).status_code == 302


def test_someone_new_signs_up_from_the_link_and_lands_on_the_join_page(
    alone, django_capture_on_commit_callbacks
) -> None:
    from django.test import Client

    robin, _ = alone
    invitation = services.invitation_create(inviter=robin)
    join_path = f"/couple/join/{invitation.token}/"
    client = Client()
    welcome = client.get(join_path).content.decode()
    assert f"/accounts/signup/?next={join_path}" in welcome
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/accounts/signup/?next={join_path}",
            {
                "email": "new@example.com",
                "name": "Noor",
                "password1": "a quiet evening walk",
                "password2": "a quiet evening walk",
                "next": join_path,
            },
        )
    assert response["Location"] == "/accounts/confirm-email/"
    confirmed = client.post(emailed_link("new@example.com", "/accounts/confirm-email/"))
    assert confirmed["Location"] == join_path
    client.post(join_path)
    assert access.partner_of(robin).email == "new@example.com"  # type: ignore[union-attr]
