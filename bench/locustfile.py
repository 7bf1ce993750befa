"""The page and API mix for bench/load.py (Locust). Not run by hand: load.py starts it.

Every request goes out as one of many signed-in people (their cookies are made by
load.py, which signs them in before the clock starts), picked at random each time, so
the run reads and writes across many couples rather than one warm couple. ``/health/``
and the login page are measured in the same run, as the floor to compare pages with.

Environment: ``HW_BENCH_PEOPLE`` (the JSON load.py wrote) and ``HW_BENCH_POOL``
(``month``, ``decade`` or ``all``: whose sessions to use).
"""

from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path
from typing import Any

from client import headers
from locust import HttpUser, constant, task
from mix import HEALTH, LOGIN_PAGE, PAGES, WRITES

POOL = os.environ.get("HW_BENCH_POOL", "all")
SIGNED_IN: dict[str, list[dict[str, Any]]] = (
    json.loads(Path(os.environ["HW_BENCH_PEOPLE"]).read_text())
    if "HW_BENCH_PEOPLE" in os.environ
    else {}
)
PEOPLE = (
    [p for group in SIGNED_IN.values() for p in group] if POOL == "all" else SIGNED_IN.get(POOL, [])
)
COUNTER = itertools.count()


class PageMix(HttpUser):
    """A signed-in person opening pages, with a few writes; one request after another."""

    wait_time = constant(0)

    def on_start(self) -> None:
        self.client.headers.update(headers(self.host))

    def _person(self) -> dict[str, Any]:
        return random.choice(PEOPLE)  # noqa: S311 - choosing whose page to load

    def _get(self, label: str, path: str) -> None:
        person = self._person()
        with self.client.get(
            path, name=label, cookies=person["cookies"], allow_redirects=False, catch_response=True
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}")

    def _post(self, label: str, path: str, body: dict[str, Any], ok: int) -> None:
        person = self._person()
        with self.client.post(
            path,
            name=label,
            json=body,
            cookies=person["cookies"],
            headers={"X-CSRFToken": person["cookies"]["csrftoken"]},
            catch_response=True,
        ) as answer:
            if answer.status_code != ok:
                answer.failure(f"HTTP {answer.status_code}: {answer.text[:120]}")

    @task(sum(weight for _, _, weight in PAGES))
    def page(self) -> None:
        label, path, _ = random.choices(PAGES, weights=[w for *_, w in PAGES])[0]  # noqa: S311
        self._get(label, path)

    @task(1)
    def write_entry(self) -> None:
        n = next(COUNTER)
        body = {
            "title": f"Bench {n}",
            "body": "I noticed you today, and I felt close.",
            "shared": n % 2 == 0,
        }
        self._post(WRITES[0], "/api/journal", body, 201)

    @task(1)
    def appreciate(self) -> None:
        body = {"kind": "thanks", "body": "Thank you for the tea this morning."}
        self._post(WRITES[1], "/api/daily/appreciations", body, 201)

    @task(1)
    def coach(self) -> None:
        body = {"text": "You never listen to me, and I'm tired of asking."}
        self._post(WRITES[2], "/api/coach/analyze", body, 200)

    @task(2)
    def login_page(self) -> None:
        with self.client.get("/accounts/login/", name=LOGIN_PAGE, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}")

    @task(2)
    def health(self) -> None:
        with self.client.get("/health/", name=HEALTH, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}")


class LoginPageOnly(HttpUser):
    """Only the anonymous login page: the throughput the mix is compared with."""

    wait_time = constant(0)

    def on_start(self) -> None:
        self.client.headers.update(headers(self.host))

    @task
    def login_page(self) -> None:
        with self.client.get("/accounts/login/", name=LOGIN_PAGE, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}")
