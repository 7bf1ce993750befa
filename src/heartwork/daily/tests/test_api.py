"""The daily practices through the API, sealed and shared exactly as on the pages."""

from __future__ import annotations

from conftest import People, api_client


def test_todays_answers_stay_sealed_through_the_api(people: People) -> None:
    alice, bob = api_client(people.alice), api_client(people.bob)
    alice.put(
        "/api/daily/today/answer", {"body": "The lake at dawn."}, content_type="application/json"
    )
    seen_by_bob = bob.get("/api/daily/today").json()
    assert seen_by_bob["answered"] is False and seen_by_bob["answers"] == []
    both = bob.put(
        "/api/daily/today/answer", {"body": "Our first dance."}, content_type="application/json"
    ).json()
    assert sorted(a["body"] for a in both["answers"]) == ["Our first dance.", "The lake at dawn."]
    alices = next(a for a in both["answers"] if not a["mine"])
    assert (
        bob.post(
            f"/api/daily/answers/{alices['id']}/reply",
            {"body": "I loved that."},
            content_type="application/json",
        ).status_code
        == 201
    )
    # Alice reads Bob's reply on her answer, and in its thread with the others.
    hers = next(a for a in alice.get("/api/daily/today").json()["answers"] if a["mine"])
    assert hers["reply"] == "I loved that."
    thread = alice.get(f"/api/together/answer/{alices['id']}/responses").json()
    assert [(r["kind"], r["body"], r["author"]) for r in thread] == [
        ("reply", "I loved that.", "Bob")
    ]
    assert api_client(people.eve).get("/api/daily/today").json()["answers"] == []


def test_checkins_appreciations_plans_and_promises(people: People) -> None:
    alice, bob = api_client(people.alice), api_client(people.bob)
    assert (
        alice.post(
            "/api/daily/checkins",
            {"mood": 4, "feelings": ["peaceful"], "shared": True},
            content_type="application/json",
        ).status_code
        == 201
    )
    odd = alice.post(
        "/api/daily/checkins", {"mood": 4, "feelings": ["zorbish"]}, content_type="application/json"
    )
    assert odd.status_code == 400 and "zorbish" in odd.json()["detail"]
    assert [c["mood"] for c in bob.get("/api/daily/checkins").json()] == [4]
    alice.post(
        "/api/daily/appreciations",
        {"kind": "thanks", "body": "For the soup."},
        content_type="application/json",
    )
    assert bob.get("/api/daily/appreciations").json()[0]["body"] == "For the soup."
    plan = alice.post(
        "/api/daily/plans",
        {"title": "Picnic", "planned_for": "2030-06-01"},
        content_type="application/json",
    ).json()
    done = bob.post(
        f"/api/daily/plans/{plan['id']}/done",
        {"memory": "Sunburnt and happy", "how_it_felt": 5},
        content_type="application/json",
    ).json()
    assert done["done_at"] and done["memory"] == "Sunburnt and happy"
    promise = alice.post(
        "/api/daily/promises",
        {"text": "fix the tap", "due": "2030-01-01"},
        content_type="application/json",
    ).json()
    mine = alice.post(
        f"/api/daily/promises/{promise['id']}/mark",
        {"status": "kept"},
        content_type="application/json",
    )
    assert mine.status_code == 400
    bob.post(
        f"/api/daily/promises/{promise['id']}/mark",
        {"status": "kept"},
        content_type="application/json",
    )
    record = {r["name"]: r for r in bob.get("/api/daily/trust").json()}
    assert record["Alice"]["kept"] == 1
