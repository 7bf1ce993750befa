"""Heartwork can be put on a home screen: a manifest, icons, a favicon, a worker, a page offline."""

from __future__ import annotations

import json
import re

import pytest
from conftest import People, client_for
from django.test import Client

from heartwork.pwa.shell import shell_urls
from heartwork.safety.models import SafetyPreferences


@pytest.fixture(autouse=True)
def static_files_served(settings) -> None:
    """WhiteNoise serves the files from the apps, as `heartwork serve` does after collecting."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


def test_the_manifest_names_the_app_and_its_icons() -> None:
    response = Client().get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Heartwork"
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    for icon in manifest["icons"]:
        assert Client().get(icon["src"]).status_code == 200, icon["src"]


def test_someone_who_hides_the_name_gets_a_neutral_one_on_the_home_screen(people: People) -> None:
    SafetyPreferences.objects.create(user=people.alice, neutral_titles=True)
    manifest = json.loads(client_for(people.alice).get("/manifest.webmanifest").content)
    assert manifest["name"] == manifest["short_name"] == "Notes"
    assert "Heartwork" not in json.dumps(manifest) and "close" not in manifest["description"]


def test_every_page_links_its_icon_and_the_favicon_answers(people: People) -> None:
    page = client_for(people.alice).get("/").content.decode()
    icons = re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', page)
    assert len(icons) == 3
    for href in icons:
        assert Client().get(href).status_code == 200, href
    assert 'rel="manifest"' in page
    favicon = Client().get("/favicon.ico", follow=True)
    assert favicon.status_code == 200
    assert favicon.getvalue()[:4] == b"\x00\x00\x01\x00"  # an .ico


def test_the_worker_keeps_only_static_files_and_the_offline_page() -> None:
    script = Client().get("/sw.js")
    assert script.status_code == 200
    assert script["Content-Type"].startswith("text/javascript")
    assert script["Cache-Control"] == "no-cache"
    body = script.content.decode()
    # It stores what it is told at install, and nothing it sees later.
    assert "cache.put" not in body and ".put(" not in body
    assert body.count("addAll(") == 1
    urls = shell_urls()
    assert json.dumps(urls) in body
    assert all(url.startswith("/static/") for url in urls if url != "/offline/")
    assert "/offline/" in urls


def test_the_offline_page_is_the_same_for_everyone_and_holds_no_one(people: People) -> None:
    stranger = Client().get("/offline/").content.decode()
    alice = client_for(people.alice).get("/offline/").content.decode()
    assert "You're offline" in stranger
    assert "csrfmiddlewaretoken" not in alice
    assert "Alice" not in alice and "alice@example.com" not in alice
    assert re.sub(r"\s+", " ", alice) == re.sub(r"\s+", " ", stranger)
