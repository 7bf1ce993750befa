"""Earlier days come two weeks at a time, newest first, with a plain link further back."""

from __future__ import annotations

import html
import re

from conftest import People, client_for
from django.utils import timezone

from heartwork.core.tests.couple_history import add_history
from heartwork.daily.models import DailyQuestion
from heartwork.daily.views import EARLIER_DAYS


def test_earlier_days_come_a_page_at_a_time(people: People) -> None:
    couple = people.alice.memberships.get().couple
    add_history([(couple, people.alice, people.bob)], EARLIER_DAYS + 6, rounds=0)
    dates = list(
        DailyQuestion.objects.filter(couple=couple, date__lt=timezone.localdate())
        .order_by("-date")
        .values_list("date", flat=True)
    )
    shown = "{:%A %-d %B}".format
    client = client_for(people.bob)
    first = client.get("/daily/earlier/").content.decode()
    assert shown(dates[0]) in first
    assert shown(dates[EARLIER_DAYS - 1]) in first
    assert shown(dates[EARLIER_DAYS]) not in first
    older = re.search(r'href="(\?older=[^"]+)"', first)
    assert older, "a plain link to earlier days"
    second = client.get("/daily/earlier/" + html.unescape(older.group(1))).content.decode()
    assert shown(dates[EARLIER_DAYS]) in second
    assert shown(dates[-1]) in second
    assert shown(dates[0]) not in second
    assert "An answer of a few words." in second
