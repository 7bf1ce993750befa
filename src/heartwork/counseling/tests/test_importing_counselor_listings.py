"""``heartwork counselors import FILE``: where to look for a counselor, per country."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import People, api_client, client_for
from django.core.management import CommandError, call_command

from heartwork.counseling.models import CounselorListing

GOOD_CSV = """country,category,text
FR,name,France
FR,couples,"Conseillers conjugaux près de chez vous: https://example.org/fr"
FR,low_cost,"Centres de planification familiale, gratuits."
GB,couples,"Our practice's own list: https://example.org/uk"
"""


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("counselors", *args, stdout=out)
    return out.getvalue()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_file_is_loaded_and_the_page_and_api_use_it(
    people: People, tmp_path: Path, settings
) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    said = run("import", str(write(tmp_path, "counselors.csv", GOOD_CSV)))
    assert "Loaded 4 counselor listings for 2 countries: FR, GB." in said
    france = client_for(people.alice).get("/counseling/?country=FR").content.decode()
    assert "Conseillers conjugaux" in france
    assert '<option value="FR" selected>France</option>' in france
    # Categories the file leaves out fall back to the lists for everywhere.
    assert "Many counselors meet by video or phone" in france
    home = client_for(people.alice).get("/counseling/").content.decode()
    assert "https://example.org/uk" in home
    assert "https://www.relate.org.uk" not in home  # the imported list replaces it
    assert "NHS Talking Therapies" in home  # the built-in lines it leaves out stay
    where = api_client(people.alice).get("/api/counseling?country=fr").json()["where"]
    assert where["country"] == "FR" and where["name"] == "France"
    assert where["low_cost"] == ["Centres de planification familiale, gratuits."]


def test_a_json_file_is_loaded_and_int_sets_the_lists_for_everywhere(
    people: People, tmp_path: Path
) -> None:
    rows = [
        {"country": "international", "category": "couples", "text": "Ask at the health centre."},
        {"country": "es", "category": "Couples", "text": "Terapia de pareja."},
    ]
    said = run("import", str(write(tmp_path, "counselors.json", json.dumps(rows))))
    assert "Loaded 2 counselor listings for 2 countries: ES, INT." in said
    anywhere = client_for(people.alice).get("/counseling/?country=INT").content.decode()
    assert "Ask at the health centre." in anywhere
    assert "Psychology Today lists therapists" not in anywhere


def test_an_import_replaces_the_last_one_check_stores_nothing_and_clear_forgets(
    db, tmp_path: Path
) -> None:
    run("import", str(write(tmp_path, "a.csv", GOOD_CSV)))
    second = "country,category,text\nGB,individual,Ask your GP.\n"
    checked = run("import", "--check", str(write(tmp_path, "b.csv", second)))
    assert "b.csv is fine: 1 lines for GB. Nothing was stored." in checked
    assert CounselorListing.objects.count() == 4
    run("import", str(tmp_path / "b.csv"))
    assert list(CounselorListing.objects.values_list("text", flat=True)) == ["Ask your GP."]
    assert "Forgot 1 imported lines." in run("clear")
    assert not CounselorListing.objects.exists()


def test_show_prints_what_a_country_gets(db, tmp_path: Path) -> None:
    run("import", str(write(tmp_path, "a.csv", GOOD_CSV)))
    shown = run("show", "fr")
    assert shown.startswith("FR: France")
    assert "  low_cost: Centres de planification familiale, gratuits." in shown


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("country,category\nGB,couples\n", "line 1: the header must be exactly"),
        ("country,category,text\nGB,couples,\n", 'line 2: "text" is empty'),
        (
            "country,category,text\nGB,couples,ok\nBritain,couples,x\n",
            'line 3: "country" must be a two-letter ISO code',
        ),
        (
            "country,category,text\nGB,emergency,x\n",
            'line 2: "category" must be one of name, couples, individual, low_cost, telehealth',
        ),
        ("country,category,text\nGB,name,UK\nGB,name,Britain\n", 'line 3: GB has a second "name"'),
        (
            "country,category,text\nGB,couples,x\nGB,couples,x\n",
            "line 3: the same line is given twice for GB",
        ),
        ("country,category,text\nGB,couples,a\x00b\n", 'line 2: "text" contains a NUL'),
        ("country,category,text\n", "holds no counselor listings"),
        ('[{"country": "GB", "category": "couples", "text": 5}]', 'item 1: "text" is empty'),
    ],
)
def test_a_bad_file_is_refused_naming_the_line_and_field_and_nothing_is_lost(
    db, tmp_path: Path, text: str, message: str
) -> None:
    run("import", str(write(tmp_path, "ok.csv", "country,category,text\nGB,couples,kept\n")))
    name = "bad.json" if text.startswith("[") else "bad.csv"
    with pytest.raises(CommandError) as refused:
        run("import", str(write(tmp_path, name, text)))
    assert message in str(refused.value), str(refused.value)
    assert list(CounselorListing.objects.values_list("text", flat=True)) == ["kept"]


def test_other_files_are_refused_plainly(db, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"use a \.csv or a \.json file \(see docs/counseling"):
        run("import", str(write(tmp_path, "counselors.txt", "GB")))
