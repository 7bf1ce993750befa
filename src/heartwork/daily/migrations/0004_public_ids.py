"""A random public id for answers, replies, check-ins, appreciations, plans and promises (issue 9, finding 4).

In three steps, so existing rows each get their own id: add the column empty, fill every
row with its own uuid4 in batches, then make it required and unique.
"""

import uuid

from django.db import migrations, models

from heartwork.core.public_ids import fill_public_ids

MODELS = (
    "daily.DailyAnswer",
    "daily.DailyReply",
    "daily.CheckIn",
    "daily.Appreciation",
    "daily.Plan",
    "daily.Promise",
)


def fill(apps, schema_editor):
    fill_public_ids(apps, schema_editor, MODELS)


class Migration(migrations.Migration):
    dependencies = [("daily", "0003_daily_reply_outlives_a_deleted_answer")]

    operations = [
        migrations.AddField(
            model_name="dailyanswer",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="dailyreply",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="checkin",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="appreciation",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="plan",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="promise",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="dailyanswer",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="dailyreply",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="checkin",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="appreciation",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="plan",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="promise",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
