"""The old one-reply-each model goes, once ``together`` 0002 has moved every reply into
the thread of reactions and replies that every shared item has (one way to answer)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("daily", "0011_newest_checkins_plans_and_open_promises"),
        ("together", "0002_daily_replies_become_responses"),
    ]

    operations = [migrations.DeleteModel(name="DailyReply")]
