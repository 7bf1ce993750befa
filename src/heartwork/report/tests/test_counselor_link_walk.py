"""The counselor's link in the authorization walk: valid, expired, revoked, another
couple's, and with a wrong code, tried by everyone (signed in as anyone, or nobody).

A link is a key: whoever holds a valid one reads that report and no other. Every other
state answers 404 to everyone, the author included, with no word of the report.
"""

from __future__ import annotations

from conftest import Clock, People, client_for
from django.test import Client

from heartwork.report.tests.sharing import share, two_rounds, unlock

PATHS = ("", "report.pdf", "report.fhir.json")


def visitors(people: People) -> dict[str, Client]:
    return {
        "nobody signed in": Client(),
        "the author": client_for(people.alice),
        "the partner": client_for(people.bob),
        "another couple's member": client_for(people.eve),
    }


def test_every_state_of_the_link_for_everyone(people: People, clock: Clock) -> None:
    two_rounds(people.alice)
    two_rounds(people.eve)
    people.eve.name = "Evelyn"
    people.eve.save()
    valid = share(people.alice, ["checkup.self_offers"])
    coded = share(people.alice, ["checkup.self_offers"], with_code=True)
    revoked = share(people.alice, ["checkup.self_offers"])
    expired = share(people.alice, ["checkup.self_offers"], days=1)
    others = share(people.eve, ["checkup.self_offers"], with_code=True)
    client_for(people.alice).post(f"/reports/{revoked.report.public_id}/revoke/")
    clock.advance(days=1, minutes=1)
    for who, client in visitors(people).items():
        for path in PATHS:
            assert client.get(f"/r/{valid.token}/{path}").status_code == 200, (who, path)
            for state, token in (("revoked", revoked.token), ("expired", expired.token)):
                answer = client.get(f"/r/{token}/{path}")
                assert answer.status_code == 404, (who, state, path)
                assert b"Alice" not in answer.content
        # With a code: a wrong one opens nothing; the right one opens this report only.
        assert client.post(f"/r/{coded.token}/", {"code": "ZZZZ-ZZZZ"}).status_code == 400
        assert client.get(f"/r/{coded.token}/report.pdf").status_code == 404
        unlock(client, coded)
        assert b"A report from Alice" in client.get(f"/r/{coded.token}/").content
        # Another couple's link: the code for Alice's report does not open Eve's.
        theirs = client.get(f"/r/{others.token}/")
        assert b"This report needs a code" in theirs.content and b"Evelyn" not in theirs.content
        assert client.get(f"/r/{others.token}/report.fhir.json").status_code == 404
        assert client.post(f"/r/{others.token}/", {"code": coded.code}).status_code == 400
        unlock(client, others)
        page = client.get(f"/r/{others.token}/").content
        assert b"A report from Evelyn" in page and b"Alice" not in page
        clock.advance(hours=1, minutes=1)  # each visitor gets the hour's tries of the code
