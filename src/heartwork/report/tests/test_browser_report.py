"""A partner builds and shares a report in a real Chromium; a counselor opens it in a
fresh browser with the code, downloads the PDF (drawn to an image and read back), and
the link is gone the moment the partner ends it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.report.tests.sharing import two_rounds

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser


def test_a_partner_shares_a_report_a_counselor_reads_it_and_the_link_ends(
    people: People,
    new_page: Callable[[], Any],
    shots: Callable[[Any, str], None],
    pytestconfig: pytest.Config,
) -> None:
    import pypdfium2 as pdfium

    two_rounds(people.alice)
    alice = new_page()
    log_in(alice, "alice@example.com")
    alice.goto("/settings/")
    alice.get_by_role("link", name="Reports for a counselor").click()
    alice.get_by_role("link", name="Make a report").click()
    alice.get_by_label("Check-up: What I offer my partner").check()
    alice.get_by_label("How your scores moved").check()
    alice.get_by_label("Your practice together").check()
    alice.get_by_label("The link works for").select_option("7")
    alice.get_by_label("Who is it for? (optional, only you see this)").fill("Dr. Rivera")
    alice.get_by_role("button", name="Preview").click()
    preview = alice.get_by_role("region", name="Preview: what the counselor will see")
    expect(preview.get_by_role("heading", name="Check-up: What I offer my partner")).to_be_visible()
    expect(preview.get_by_text("Feeling safe")).to_have_count(0)
    shots(alice, "report-01-preview.png")
    alice.get_by_role("button", name="Share this report").click()
    expect(alice.get_by_role("heading", name="Your report is shared")).to_be_visible()
    link = alice.locator(".secret code").inner_text()
    code = alice.locator("strong.code").inner_text()
    assert re.fullmatch(r"http://[^/]+/r/[\w-]{43}/", link), link
    shots(alice, "report-02-shared.png")

    counselor = new_page()  # a fresh browser: no account, no cookies
    counselor.set_viewport_size({"width": 390, "height": 844})
    counselor.goto(link)
    expect(counselor.get_by_role("heading", name="This report needs a code")).to_be_visible()
    counselor.get_by_label("Code").fill(code.lower().replace("-", " "))  # as heard
    counselor.get_by_role("button", name="Open the report").click()
    expect(counselor.get_by_role("heading", name="A report from Alice")).to_be_visible()
    expect(counselor.get_by_role("heading", name="Practice together")).to_be_visible()
    shots(counselor, "report-03-counselor-390px.png")
    with counselor.expect_download() as download_info:
        counselor.get_by_role("link", name="Download the PDF").click()
    folder = pytestconfig.rootpath / "test-artifacts" / "browser"
    pdf_path = folder / "report-04.pdf"
    download_info.value.save_as(pdf_path)
    document = pdfium.PdfDocument(pdf_path)
    first = document[0]
    first.render(scale=1.5).to_pil().save(folder / "report-04-pdf-page-1.png")
    text = first.get_textpage().get_text_range()
    for words in ("A report from Alice", "What I offer my partner", "Patience", "Round 2"):
        assert words in text, words
    assert "Feeling safe" not in "".join(p.get_textpage().get_text_range() for p in document)

    alice.reload()
    expect(alice.get_by_text("Opened 2 times")).to_be_visible()
    alice.get_by_role("button", name="End this link now").click()
    expect(alice.get_by_text("The link is ended")).to_be_visible()
    shots(alice, "report-05-ended.png")
    answer = counselor.goto(link)
    assert answer is not None and answer.status == 404
    expect(counselor.get_by_role("heading", name="This link doesn't open anything")).to_be_visible()
    expect(counselor.get_by_text("Alice")).to_have_count(0)
    shots(counselor, "report-06-gone.png")
    assert Path(folder / "report-04-pdf-page-1.png").stat().st_size > 10_000
