"""The couple's question settings and each person's own reminders."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.daily.models import DailySettings, ReminderPreference


def test_choosing_packs_depth_and_time_zone(people: People) -> None:
    response = client_for(people.alice).post(
        "/daily/settings/",
        {
            "save_questions": "1",
            "timezone": "Europe/Lisbon",
            "packs": ["fun", "memories"],
            "max_depth": "1",
        },
    )
    assert response.status_code == 302
    chosen = DailySettings.objects.get(couple=people.alice.memberships.get().couple)
    assert chosen.timezone == "Europe/Lisbon" and chosen.max_depth == 1
    assert set(chosen.packs.values_list("key", flat=True)) == {"fun", "memories"}
    page = client_for(people.bob).get("/daily/settings/").content.decode()
    assert 'value="Europe/Lisbon" selected' in page


def test_reminders_are_per_person_and_off_by_default(people: People) -> None:
    assert not ReminderPreference.objects.exists()
    client_for(people.alice).post(
        "/daily/settings/",
        {
            "save_reminders": "1",
            "enabled": "on",
            "time_of_day": "20:30",
            "timezone": "Asia/Tokyo",
            "by_email": "on",
        },
    )
    pref = ReminderPreference.objects.get(user=people.alice)
    assert pref.enabled and pref.by_email and not pref.in_app
    assert str(pref.time_of_day) == "20:30:00" and pref.timezone == "Asia/Tokyo"
    assert not ReminderPreference.objects.filter(user=people.bob).exists()


def test_a_bad_time_zone_is_refused_without_losing_the_rest(people: People) -> None:
    response = client_for(people.alice).post(
        "/daily/settings/", {"save_questions": "1", "timezone": "Mars/Olympus", "max_depth": "2"}
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not DailySettings.objects.exists()
