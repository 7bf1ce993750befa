"""``heartwork resources import FILE``: a host's help lines per country, checked first."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import People, client_for
from django.core.management import CommandError, call_command
from django.test import Client

from heartwork.coach.web.service import coach_concern
from heartwork.safety.models import HelpResource

GOOD_CSV = """country,category,text
FR,name,France
FR,emergency_number,112 or 17 (police)
FR,emergency,"In danger right now: call 112, or 17 for the police."
FR,abuse,"Violences Femmes Info: 3919, free, any time."
FR,crisis,"3114, the suicide prevention line, any time."
GB,abuse,"Refuge's helpline: 0808 2000 247."
"""


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("resources", *args, stdout=out)
    return out.getvalue()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_file_is_loaded_and_the_help_pages_use_it(db, tmp_path: Path, settings) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    said = run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    assert "Loaded 6 help lines for 2 countries: FR, GB." in said
    france = Client().get("/coach/help/?country=FR").content.decode()
    assert "Violences Femmes Info: 3919" in france
    assert '<option value="FR" selected>France</option>' in france
    home = Client().get("/for-you/plan/").content.decode()
    assert "Refuge&#x27;s helpline" in home or "Refuge's helpline" in home
    assert "National Domestic Abuse Helpline" not in home  # the imported list replaces it
    assert "call 999" in home  # categories the file leaves out keep the built-in lines


def test_the_coach_danger_response_uses_them_too(db, tmp_path: Path, settings) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    concern = coach_concern("He pushed me and I'm scared of him.")
    assert concern is not None
    assert "Refuge's helpline: 0808 2000 247." in concern.resources


def test_a_json_file_is_loaded(db, tmp_path: Path) -> None:
    rows = [
        {"country": "ES", "category": "emergency_number", "text": "112"},
        {"country": "es", "category": "Abuse", "text": "016, free, any time."},
        {"country": "international", "category": "abuse", "text": "Ask a doctor you trust."},
    ]
    said = run("import", str(write(tmp_path, "help.json", json.dumps(rows))))
    assert "Loaded 3 help lines for 2 countries: ES, INT." in said
    assert set(HelpResource.objects.values_list("country", "category")) == {
        ("ES", "emergency_number"),
        ("ES", "abuse"),
        ("INT", "abuse"),
    }
    anywhere = Client().get("/for-you/plan/?country=INT").content.decode()
    assert "Ask a doctor you trust." in anywhere


def test_an_import_replaces_the_last_one_and_check_stores_nothing(db, tmp_path: Path) -> None:
    run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    second = "country,category,text\nGB,crisis,Call a friend.\n"
    checked = run("import", "--check", str(write(tmp_path, "second.csv", second)))
    assert "is fine: 1 lines for GB. Nothing was stored." in checked
    assert HelpResource.objects.count() == 6
    run("import", str(write(tmp_path, "second.csv", second)))
    assert list(HelpResource.objects.values_list("text", flat=True)) == ["Call a friend."]
    assert "Forgot 1 imported lines." in run("clear")
    assert not HelpResource.objects.exists()


def test_show_prints_what_a_country_gets(db, tmp_path: Path) -> None:
    run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    shown = run("show", "fr")
    assert shown.startswith("FR: emergency number 112 or 17 (police)")
    assert "abuse: Violences Femmes Info" in shown


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "country,category\nGB,abuse\n",
            "line 1: the header must be exactly country,category,text; missing text",
        ),
        ("country,category,text,url\n", "unknown url"),
        ("country,category,text\nGB,abuse,\n", 'line 2: "text" is empty'),
        (
            "country,category,text\nGB,abuse,ok\nGreat Britain,abuse,x\n",
            'line 3: "country" must be a two-letter ISO code',
        ),
        (
            "country,category,text\nGB,shelter,x\n",
            'line 2: "category" must be one of name, emergency_number',
        ),
        ("country,category,text\nGB,abuse,a,b\n", "line 2: more values than the three columns"),
        (
            "country,category,text\nGB,abuse,x\nGB,abuse,x\n",
            "line 3: the same line is given twice for GB",
        ),
        ("country,category,text\nGB,name,UK\nGB,name,Britain\n", 'line 3: GB has a second "name"'),
        (
            "country,category,text\nFR,abuse,3919\n",
            'line 2: FR has no built-in help, so it needs an "emergency_number" row',
        ),
        (
            "country,category,text\nGB,abuse," + "x" * 301 + "\n",
            'line 2: "text" is longer than 300',
        ),
        ("country,category,text\nGB,abuse,a\x00b\n", 'line 2: "text" contains a NUL character'),
        ("country,category,text\n", "holds no help lines"),
    ],
)
def test_a_bad_csv_is_refused_naming_the_line_and_field(
    db, tmp_path: Path, text: str, message: str
) -> None:
    run("import", str(write(tmp_path, "ok.csv", "country,category,text\nGB,abuse,kept\n")))
    with pytest.raises(CommandError) as refused:
        run("import", str(write(tmp_path, "help.csv", text)))
    assert message in str(refused.value), str(refused.value)
    assert list(HelpResource.objects.values_list("text", flat=True)) == ["kept"]  # nothing lost


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"country": "GB", "category": "abuse"', "help.json, line 1: not valid JSON"),
        ('{"country": "GB"}', "must be a JSON list of objects"),
        ('["GB"]', "item 1: must be an object"),
        (
            '[{"country": "GB", "category": "abuse", "text": "x", "phone": "1"}]',
            'item 1: unknown field "phone"',
        ),
        ('[{"country": "GB", "category": "abuse", "text": 5}]', 'item 1: "text" is empty'),
    ],
)
def test_a_bad_json_file_is_refused_naming_the_item(
    db, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(CommandError) as refused:
        run("import", str(write(tmp_path, "help.json", text)))
    assert message in str(refused.value), str(refused.value)


def test_other_files_are_refused_plainly(db, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"use a \.csv or a \.json file"):
        run("import", str(write(tmp_path, "help.txt", "GB")))
    with pytest.raises(CommandError, match="does not exist"):
        run("import", str(tmp_path / "missing.csv"))
    (tmp_path / "latin.csv").write_bytes(
        "country,category,text\nDE,abuse,Hilfe f\xfcr".encode("latin-1")
    )
    with pytest.raises(CommandError, match="is not UTF-8"):
        run("import", str(tmp_path / "latin.csv"))


def test_the_configured_lines_still_win_for_this_servers_country(
    db, tmp_path: Path, settings
) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    settings.COACH_RESOURCES = ["abuse: Our own local service, 01234 567890."]
    run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    home = Client().get("/coach/help/").content.decode()
    assert "Our own local service" in home and "Refuge" not in home
    assert "Samaritans" in home  # the crisis list was not named, so it stays
    elsewhere = Client().get("/coach/help/?country=FR").content.decode()
    assert "Our own local service" not in elsewhere


def test_the_api_gives_the_help_for_a_country(people: People, tmp_path: Path) -> None:
    run("import", str(write(tmp_path, "help.csv", GOOD_CSV)))
    got = client_for(people.alice).get("/api/safety/help?country=FR").json()
    assert got["country"] == "FR" and got["emergency_number"] == "112 or 17 (police)"
    assert got["abuse"] == ["Violences Femmes Info: 3919, free, any time."]
