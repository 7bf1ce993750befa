"""The email addresses page offers only the buttons that can do something.

With one confirmed address it used to offer to send its confirmation again, to make it
the one to log in with (it already was) and to remove it (which allauth refuses).
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from conftest import People, client_for


def _page(people: People) -> str:
    return client_for(people.alice).get("/accounts/email/").content.decode()


def test_one_confirmed_address_has_nothing_to_resend_choose_or_remove(people: People) -> None:
    EmailAddress.objects.update_or_create(
        user=people.alice, email=people.alice.email, defaults={"primary": True, "verified": True}
    )
    page = _page(people)
    assert "Send the confirmation again" not in page
    assert "Remove it" not in page
    assert "Log in with this one" not in page
    assert "add the new address below" in page


def test_a_second_address_can_be_chosen_confirmed_or_removed(people: People) -> None:
    EmailAddress.objects.update_or_create(
        user=people.alice, email=people.alice.email, defaults={"primary": True, "verified": True}
    )
    EmailAddress.objects.create(user=people.alice, email="alice.new@example.com")
    page = _page(people)
    assert "not confirmed yet" in page
    for button in ("Log in with this one", "Send the confirmation again", "Remove it"):
        assert button in page


def test_one_address_is_shown_plainly_with_nothing_to_choose(people: People) -> None:
    EmailAddress.objects.update_or_create(
        user=people.alice, email=people.alice.email, defaults={"primary": True, "verified": False}
    )
    page = _page(people)
    assert 'type="radio"' not in page
    assert '<p class="address">alice@example.com' in page
    # Its confirmation can still be sent again, for the one address there is.
    response = client_for(people.alice).post(
        "/accounts/email/", {"email": people.alice.email, "action_send": ""}
    )
    assert response.status_code == 302


def test_two_addresses_are_a_choice(people: People) -> None:
    EmailAddress.objects.update_or_create(
        user=people.alice, email=people.alice.email, defaults={"primary": True, "verified": True}
    )
    EmailAddress.objects.create(user=people.alice, email="alice.new@example.com")
    assert _page(people).count('type="radio"') == 2
