"""A session is named by its browser and system, and placed without looking anything up."""

from __future__ import annotations

import pytest

from heartwork.accounts.devices import (
    ELSEWHERE,
    PRIVATE_NETWORK,
    THIS_NETWORK,
    UNKNOWN_PLACE,
    describe,
    place,
)
from heartwork.accounts.tests.browsers import CHROME_ANDROID, FIREFOX_WINDOWS, SAFARI_IPHONE


@pytest.mark.parametrize(
    ("agent", "label"),
    [
        (FIREFOX_WINDOWS, "Firefox on Windows 10"),
        (SAFARI_IPHONE, "Mobile Safari on iOS 17 (iPhone)"),
        (CHROME_ANDROID, "Chrome Mobile on Android 14 (Pixel 8)"),
        ("", "An unknown browser"),
        ("curl/8.5.0", "curl"),
    ],
)
def test_a_browser_is_named_in_words(agent: str, label: str) -> None:
    assert describe(agent).label == label


def test_a_made_up_user_agent_cannot_write_a_sentence_into_the_name() -> None:
    agent = "Your account is locked! Call +1 555 0100 <b>now</b>/1.0 CFNetwork/1.0 Darwin/20"
    label = describe(agent).label
    assert len(label) < 80
    assert "<" not in label and "!" not in label and "555 0100 now" not in label


@pytest.mark.parametrize(
    ("address", "here", "said"),
    [
        ("203.0.113.30", "203.0.113.30", THIS_NETWORK),
        ("2001:db8:1:2::10", "2001:db8:1:2::99", THIS_NETWORK),  # the same IPv6 /64
        ("2001:db8:1:3::10", "2001:db8:1:2::99", ELSEWHERE),
        ("10.1.2.3", "203.0.113.30", PRIVATE_NETWORK),
        ("192.168.1.20", "203.0.113.30", PRIVATE_NETWORK),
        ("fd00::1", "203.0.113.30", PRIVATE_NETWORK),
        ("198.51.100.20", "203.0.113.30", ELSEWHERE),
        ("0.0.0.0", "203.0.113.30", UNKNOWN_PLACE),  # noqa: S104 - an address, not a bind
        ("not an address", "203.0.113.30", UNKNOWN_PLACE),
    ],
)
def test_a_place_is_only_ever_this_network_a_private_one_or_another(
    address: str, here: str, said: str
) -> None:
    assert place(address, here=here) == said
