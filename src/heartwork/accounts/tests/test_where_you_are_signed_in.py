"""Settings → Where you're signed in: each of my browsers, where and when; only mine."""

from __future__ import annotations

from allauth.usersessions.models import UserSession
from conftest import Clock, People, client_for
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from heartwork.accounts.tests.browsers import (
    CHROME_ANDROID,
    FIREFOX_WINDOWS,
    HOME,
    MOBILE,
    OFFICE_LAN,
    SAFARI_IPHONE,
    browser,
    session_id,
)

PROXY = "10.0.0.2"


def page(client: Client) -> str:
    response = client.get("/settings/sessions/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_settings_page_leads_there(people: People) -> None:
    assert (
        'href="/settings/sessions/"' in client_for(people.alice).get("/settings/").content.decode()
    )


def test_each_browser_is_listed_by_name_with_this_one_first(people: People) -> None:
    browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice, FIREFOX_WINDOWS, HOME)
    shown = page(laptop)
    assert shown.count('<li class="card">') == 2
    this_one = shown.index('Firefox on Windows 10 <span class="badge">This browser</span>')
    assert this_one < shown.index("Mobile Safari on iOS 17 (iPhone)")
    assert shown.count("This browser") == 1


def test_where_is_said_without_an_address(people: People) -> None:
    laptop = browser(people.alice, FIREFOX_WINDOWS, HOME)
    browser(people.alice, CHROME_ANDROID, HOME)
    browser(people.alice, SAFARI_IPHONE, MOBILE)
    browser(people.alice, FIREFOX_WINDOWS, OFFICE_LAN)
    shown = page(laptop)
    assert shown.count("This network") == 2
    assert "Another network (Heartwork doesn&#x27;t look up where)" in shown
    assert "A private network, like one at home or work" in shown
    for address in (HOME, MOBILE, OFFICE_LAN):
        assert address not in shown


def test_when_it_started_and_when_it_was_last_seen(people: People, clock: Clock) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    started = UserSession.objects.get(session_key=phone.session.session_key).created_at
    clock.advance(hours=3)
    phone.get("/journal/")
    clock.advance(hours=2)
    shown = page(browser(people.alice))
    assert f'datetime="{started:%Y-%m-%dT%H:%M}' in shown
    seen = UserSession.objects.get(session_key=phone.session.session_key).last_seen_at
    assert (seen - started).total_seconds() >= 3 * 3600
    assert f"{seen:%H:%M}" in shown


def test_last_seen_is_written_at_most_once_a_minute(people: People, clock: Clock) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    row = UserSession.objects.get(session_key=phone.session.session_key)
    first_seen = row.last_seen_at
    clock.advance(seconds=30)
    with CaptureQueriesContext(connection) as quiet:
        phone.get("/journal/")
    row.refresh_from_db()
    assert row.last_seen_at == first_seen
    assert [q["sql"].split()[0] for q in quiet if "usersessions_usersession" in q["sql"]] == [
        "SELECT"
    ]
    clock.advance(seconds=31)
    phone.get("/journal/")
    row.refresh_from_db()
    assert row.last_seen_at > first_seen


def test_a_new_address_is_noted_at_once(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, HOME)
    phone.defaults["REMOTE_ADDR"] = MOBILE
    phone.get("/journal/")
    assert UserSession.objects.get(session_key=phone.session.session_key).ip == MOBILE


def test_the_address_is_the_one_the_trusted_proxy_saw(people: People, settings) -> None:
    import ipaddress

    settings.TRUSTED_PROXIES = [ipaddress.ip_network(PROXY)]
    behind_proxy = Client(REMOTE_ADDR=PROXY, headers={"X-Forwarded-For": f"1.2.3.4, {MOBILE}"})
    behind_proxy.force_login(people.alice)
    behind_proxy.get("/")
    spoofing = Client(REMOTE_ADDR=HOME, headers={"X-Forwarded-For": MOBILE})
    spoofing.force_login(people.alice)
    spoofing.get("/")
    assert UserSession.objects.get(session_key=behind_proxy.session.session_key).ip == MOBILE
    assert UserSession.objects.get(session_key=spoofing.session.session_key).ip == HOME


def test_a_signed_out_browser_leaves_the_list(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    phone.post("/accounts/logout/")
    assert "iPhone" not in page(laptop)


def test_the_partner_sees_only_their_own(people: People) -> None:
    browser(people.alice, SAFARI_IPHONE, MOBILE)
    alices_laptop = browser(people.alice, FIREFOX_WINDOWS, HOME)
    bobs = page(browser(people.bob, CHROME_ANDROID, HOME))
    assert bobs.count('<li class="card">') == 1
    assert "iPhone" not in bobs and "Firefox" not in bobs
    assert session_id(alices_laptop) not in bobs


def test_allauths_own_page_leads_here(people: People) -> None:
    response = client_for(people.alice).get("/accounts/sessions/")
    assert response.status_code == 302
    assert response["Location"] == "/settings/sessions/"


def test_signed_out_visitors_are_sent_to_sign_in(db) -> None:
    response = Client().get("/settings/sessions/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
