"""Notifications stop on every device when access ends: signing out everywhere else, any
password change or reset, leaving the couple (for both) and deleting the account. A
device someone set up with the password, or with a minute on an unlocked phone, does not
outlive them."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.accounts import services as accounts
from heartwork.accounts.tests.passwords import change_password
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


def everyone_on(people: People, service: LocalPushService) -> None:
    for person in (people.alice, people.bob, people.eve):
        turned_on(client_for(person), service.device())


def owners() -> list[str]:
    return sorted(s.user.email for s in PushSubscription.objects.select_related("user"))


def test_signing_out_everywhere_else(people: People, push_service: LocalPushService) -> None:
    everyone_on(people, push_service)
    client_for(people.alice).post("/settings/sessions/end-others/")
    assert owners() == ["bob@example.com", "eve@example.com"]


def test_a_password_change(people: People, push_service: LocalPushService) -> None:
    everyone_on(people, push_service)
    change_password(client_for(people.alice))
    assert owners() == ["bob@example.com", "eve@example.com"]


def test_a_password_reset(people: People, push_service: LocalPushService) -> None:
    everyone_on(people, push_service)
    accounts.account_end_access(user=people.alice, keep_session_key=None)
    assert owners() == ["bob@example.com", "eve@example.com"]


def test_leaving_the_couple_ends_them_for_both(
    people: People, push_service: LocalPushService
) -> None:
    everyone_on(people, push_service)
    accounts.couple_leave(user=people.bob)
    assert owners() == ["eve@example.com"]


def test_deleting_the_account(people: People, push_service: LocalPushService) -> None:
    everyone_on(people, push_service)
    accounts.account_delete(user=people.alice)
    assert owners() == ["eve@example.com"]  # Bob's went when the couple ended
