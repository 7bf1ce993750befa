"""API tokens get a scope and an expiry.

Tokens made before this could write, so they stay read-write; they expire 90 days after
this migration runs, the default for new tokens.
"""

from datetime import timedelta

from django.db import migrations, models
from django.utils import timezone


def in_90_days():
    return timezone.now() + timedelta(days=90)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_failed_logins_and_login_failures"),
    ]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[("read", "Read only"), ("read-write", "Read and write")],
                default="read-write",
                max_length=10,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(default=in_90_days),
            preserve_default=False,
        ),
    ]
