"""Forms share one finished look: a plain label (no colon), a checkbox before its label,
a group of choices in a fieldset with a legend, and each field with one unique id and an
accessible name."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from conftest import People, client_for
from django.test import Client

from heartwork.daily import services as daily_services

FORM_PAGES = [
    "/daily/settings/",
    "/daily/",
    "/daily/checkins/",
    "/daily/appreciations/",
    "/daily/time/",
    "/daily/promises/",
    "/journal/new/",
    "/settings/",
    "/accounts/password/change/",
    "/accounts/email/",
    "/checkup/",
    "/conflict/",
    "/coach/",
]
PUBLIC_FORM_PAGES = ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]


class Fields(HTMLParser):
    """Reads a page's ids, labels, fields and the order they come in."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.labelled: set[str] = set()
        self.label_texts: list[str] = []
        self.fields: list[dict[str, str]] = []
        self.order: list[tuple[str, str]] = []  # ("input"|"label", id or for)
        self.legends = 0
        self._label: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if "id" in found:
            self.ids.append(found["id"])
        if tag == "label":
            self._label = []
            if "for" in found:
                self.labelled.add(found["for"])
                self.order.append(("label", found["for"]))
        elif tag == "legend":
            self.legends += 1
        elif tag in ("input", "select", "textarea"):
            kind = found.get("type", "text")
            if kind not in ("hidden", "submit", "button"):
                inside_a_label = "" if self._label is None else "yes"
                self.fields.append({"tag": tag, "inside_a_label": inside_a_label, **found})
                self.order.append(("input", found.get("id", "")))

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self._label is not None:
            self.label_texts.append(" ".join("".join(self._label).split()))
            self._label = None


def read(client: Client, path: str) -> Fields:
    response = client.get(path)
    assert response.status_code == 200, path
    fields = Fields()
    fields.feed(response.content.decode())
    return fields


def assert_one_look(page: Fields, path: str) -> None:
    repeated = [name for name, count in Counter(page.ids).items() if count > 1]
    assert repeated == [], f"{path}: ids used twice: {repeated}"
    for field in page.fields:
        named = (
            field.get("id") in page.labelled or field["inside_a_label"] or field.get("aria-label")
        )
        assert named, f"{path}: a field with no accessible name: {field}"
    with_colon = [text for text in page.label_texts if text.endswith(":")]
    assert with_colon == [], f"{path}: labels end with a colon: {with_colon}"
    for field in page.fields:
        if field.get("type") == "checkbox" and not field["inside_a_label"] and field.get("id"):
            at = page.order.index(("input", field["id"]))
            assert page.order[at + 1] == ("label", field["id"]), f"{path}: {field['id']}"


@pytest.mark.parametrize("path", FORM_PAGES)
def test_each_form_page_signed_in(people: People, path: str) -> None:
    assert_one_look(read(client_for(people.alice), path), path)


@pytest.mark.parametrize("path", PUBLIC_FORM_PAGES)
def test_each_form_page_before_signing_in(db, path: str) -> None:
    assert_one_look(read(Client(), path), path)


def test_a_group_of_choices_is_a_fieldset_with_its_question(people: People) -> None:
    html = client_for(people.alice).get("/daily/settings/").content.decode()
    assert "<legend>Question packs</legend>" in html
    assert "<legend>How deep to go</legend>" in html


def test_the_time_zone_starts_as_the_browsers_until_one_is_chosen(people: People) -> None:
    alice = client_for(people.alice)
    assert 'data-browser-zone=""' in alice.get("/daily/settings/").content.decode()
    daily_services.daily_settings_update(
        user=people.alice, timezone_name="Europe/Lisbon", pack_keys=[], max_depth=2, apart=False
    )
    assert "data-browser-zone" not in alice.get("/daily/settings/").content.decode()
