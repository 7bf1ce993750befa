"""The "Would you be open to counseling?" page, the links to it, and the private plan."""

from __future__ import annotations

from conftest import People, client_for, raw_database_text
from django.test import Client

from heartwork.counseling.models import CounselingNote
from heartwork.counseling.services import NOTE_MAX

PAGE = "/counseling/"
PLAN_WORDS = "Call Sam on Sundays, and book a first session for me."


def test_the_page_says_what_counseling_is_how_to_choose_and_what_if_the_partner_wont(
    people: People,
) -> None:
    html = client_for(people.alice).get(PAGE).content.decode()
    for heading in (
        "Would you be open to counseling?",
        "What couples counseling is, and what it isn't",
        "How to choose a counselor",
        "Questions to ask before you start",
        "Cost",
        "Meeting by video",
        "If your partner doesn't want to go",
        "A plan for meanwhile",
        "Where to look",
    ):
        assert heading in html, heading
    assert "couples counseling is not the place to start" in html
    assert "Nothing on it is sent anywhere" in html


def test_it_is_for_signed_in_people_only(db) -> None:
    response = Client().get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_today_settings_and_the_report_link_to_it_for_everyone(people: People) -> None:
    from heartwork.checkup.tests.answering import finish_round

    finish_round(people.alice, [])
    alice = client_for(people.alice)
    for url in ("/", "/settings/", "/checkup/report/1/"):
        assert 'href="/counseling/"' in alice.get(url).content.decode(), url
    assert 'href="/counseling/"' in client_for(people.eve).get("/").content.decode()


def test_the_country_is_chosen_in_the_address_and_never_stored(people: People, settings) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    alice = client_for(people.alice)
    assert "https://www.relate.org.uk" in alice.get(PAGE).content.decode()
    australia = alice.get(PAGE + "?country=AU").content.decode()
    assert "Relationships Australia" in australia
    assert '<option value="AU" selected>Australia</option>' in australia
    assert "Relate," not in australia
    assert "https://www.relate.org.uk" in alice.get(PAGE).content.decode()  # not kept
    anywhere = alice.get(PAGE + "?country=ZZ").content.decode()  # unknown: this server's
    assert "https://www.relate.org.uk" in anywhere


def test_a_country_without_a_list_gets_the_lists_for_everywhere(people: People, settings) -> None:
    settings.COACH_HELP_COUNTRY = ""
    html = client_for(people.alice).get(PAGE).content.decode()
    assert "Ask your doctor, a health centre or a family service" in html
    assert "https://iceeft.com" in html


def test_a_person_keeps_changes_and_deletes_a_private_plan(people: People) -> None:
    alice = client_for(people.alice)
    saved = alice.post("/counseling/plan/", {"body": PLAN_WORDS})
    assert saved.status_code == 302 and saved["Location"] == "/counseling/#plan"
    assert PLAN_WORDS in alice.get(PAGE).content.decode()
    alice.post("/counseling/plan/", {"body": "Walk every morning."})
    assert list(CounselingNote.objects.values_list("visibility", flat=True)) == ["private"]
    assert CounselingNote.objects.get().body == "Walk every morning."
    assert "Delete your plan?" in alice.get("/counseling/plan/delete/").content.decode()
    assert alice.post("/counseling/plan/delete/").status_code == 302
    assert not CounselingNote.objects.exists()
    assert "Walk every morning." not in alice.get(PAGE).content.decode()


def test_the_plan_is_nobody_elses(people: People) -> None:
    client_for(people.alice).post("/counseling/plan/", {"body": PLAN_WORDS})
    for person in (people.bob, people.eve):
        client = client_for(person)
        assert PLAN_WORDS not in client.get(PAGE).content.decode()
        assert PLAN_WORDS not in client.get("/settings/export.json").content.decode()
        assert client.post("/counseling/plan/delete/").status_code == 302
    assert CounselingNote.objects.get().body == PLAN_WORDS


def test_the_plan_is_stored_encrypted(transactional_db) -> None:
    from conftest import make_user

    alice = make_user("alice@example.com", "Alice")
    client_for(alice).post("/counseling/plan/", {"body": PLAN_WORDS})
    assert PLAN_WORDS.encode() not in raw_database_text()


def test_a_bad_plan_is_refused_plainly_and_keeps_every_word(people: People) -> None:
    alice = client_for(people.alice)
    empty = alice.post("/counseling/plan/", {"body": "   "})
    assert empty.status_code == 400
    assert "Write a few words first" in empty.content.decode()
    long = "a" * (NOTE_MAX + 1)
    too_long = alice.post("/counseling/plan/", {"body": long})
    assert too_long.status_code == 400
    assert long in too_long.content.decode()  # nothing lost
    nul = alice.post("/counseling/plan/", {"body": "Plan\x00B"})
    assert nul.status_code == 400 and "NUL" in nul.content.decode()
    assert not CounselingNote.objects.exists()


def test_the_plan_address_without_a_form_leads_to_the_page(people: People) -> None:
    response = client_for(people.alice).get("/counseling/plan/")
    assert response.status_code == 302 and response["Location"] == "/counseling/#plan"


def test_opening_the_page_stores_nothing(people: People) -> None:
    from heartwork.counseling.tests.test_partner_sees_nothing_of_it import row_counts

    before = row_counts()
    client_for(people.alice).get(PAGE)
    client_for(people.alice).get("/api/counseling")
    assert row_counts() == before
