"""The counselor's link: no account needed, a code if chosen, an end the author controls.

Unknown, expired and revoked links answer the same 404, which shows nothing; every
answer is no-store, noindex and sends no referrer; each opening is recorded (time and
format only) and shown to the author alone.
"""

from __future__ import annotations

import hashlib

from conftest import Clock, People, client_for
from django.test import Client

from heartwork.report import services
from heartwork.report.models import CounselorReport, ReportOpening
from heartwork.report.tests.sharing import share, two_rounds, unlock


def test_a_counselor_opens_the_link_without_an_account(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, ["checkup.self_offers"])
    page = Client().get(f"/r/{shared.token}/")
    assert page.status_code == 200
    assert "A report from Alice" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    assert "no-store" in page["Cache-Control"]
    assert "noindex" in page["X-Robots-Tag"]
    for path in ("report.pdf", "report.fhir.json"):
        download = Client().get(f"/r/{shared.token}/{path}")
        assert download.status_code == 200
        assert download["Referrer-Policy"] == "no-referrer"
        assert "no-store" in download["Cache-Control"]


def test_only_a_hash_of_the_token_and_code_is_stored(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, with_code=True)
    row = CounselorReport.objects.values().get()
    assert len(shared.token) >= 43  # 32 random bytes: 256 bits
    assert row["token_hash"] == hashlib.sha256(shared.token.encode()).hexdigest()
    assert shared.token not in str(row)
    assert shared.code and shared.code not in str(row)


def test_with_a_code_the_link_alone_opens_nothing(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, with_code=True)
    counselor = Client(enforce_csrf_checks=True)
    first = counselor.get(f"/r/{shared.token}/")
    assert first.status_code == 200
    assert "This report needs a code" in first.content.decode()
    assert "Kindness" not in first.content.decode()
    assert counselor.get(f"/r/{shared.token}/report.pdf").status_code == 404
    wrong = counselor.post(f"/r/{shared.token}/", {"code": "AAAA-AAAA"})
    assert wrong.status_code == 400
    assert "That code doesn" in wrong.content.decode()
    unlock(counselor, shared)
    assert "Kindness" in counselor.get(f"/r/{shared.token}/").content.decode()
    assert counselor.get(f"/r/{shared.token}/report.pdf").status_code == 200
    assert ReportOpening.objects.count() == 2  # the code page is not an opening


def test_the_code_may_be_tried_five_times_an_hour(people: People, clock: Clock) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, with_code=True)
    guesser = Client()
    for _ in range(services.CODE_TRIES_PER_HOUR):
        assert guesser.post(f"/r/{shared.token}/", {"code": "AAAA-AAAA"}).status_code == 400
    right = guesser.post(f"/r/{shared.token}/", {"code": shared.code})
    assert right.status_code == 429
    assert "Too many tries" in right.content.decode()
    clock.advance(hours=1, minutes=1)
    unlock(guesser, shared)


def test_expired_revoked_and_unknown_links_answer_the_same_404(
    people: People, clock: Clock
) -> None:
    two_rounds(people.alice)
    revoked = share(people.alice)
    short = share(people.alice, days=1)
    client_for(people.alice).post(f"/reports/{revoked.report.public_id}/revoke/")
    clock.advance(days=1, minutes=1)
    bodies = set()
    for token in (revoked.token, short.token, "no-such-link", revoked.token[:-1]):
        for path in ("", "report.pdf", "report.fhir.json"):
            answer = Client().get(f"/r/{token}/{path}")
            assert answer.status_code == 404, (token, path)
            assert answer["Referrer-Policy"] == "no-referrer"
            assert "Kindness" not in answer.content.decode()
            bodies.add(answer.content)
    assert len(bodies) == 1
    assert ReportOpening.objects.count() == 0


def test_openings_are_shown_to_the_author_and_to_nobody_else(people: People) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, label="Dr. Rivera")
    Client().get(f"/r/{shared.token}/")
    Client().get(f"/r/{shared.token}/report.pdf")
    mine = client_for(people.alice).get(f"/reports/{shared.report.public_id}/").content.decode()
    assert "Opened 2 times" in mine and "the pdf" in mine
    assert "opened 2 times" in client_for(people.alice).get("/reports/").content.decode()
    bobs = client_for(people.bob).get("/reports/").content.decode()
    assert "Dr. Rivera" not in bobs and "opened" not in bobs
    assert set(ReportOpening.objects.values_list("format", flat=True)) == {"page", "pdf"}
    assert {f.name for f in ReportOpening._meta.get_fields()} == {
        "id",
        "report",
        "opened_at",
        "format",
    }  # no address, no browser


def test_a_revoked_link_ends_at_once_even_for_a_counselor_who_had_it_open(
    people: People,
) -> None:
    two_rounds(people.alice)
    shared = share(people.alice, with_code=True)
    counselor = Client()
    unlock(counselor, shared)
    assert counselor.get(f"/r/{shared.token}/").status_code == 200
    services.report_revoke(user=people.alice, report_id=shared.report.public_id)
    assert counselor.get(f"/r/{shared.token}/").status_code == 404
    assert counselor.get(f"/r/{shared.token}/report.pdf").status_code == 404
