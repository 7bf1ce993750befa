"""A random public id for check-up rounds (issue 9, finding 4).

In three steps, so existing rows each get their own id: add the column empty, fill every
row with its own uuid4 in batches, then make it required and unique.
"""

import uuid

from django.db import migrations, models

from heartwork.core.public_ids import fill_public_ids

MODELS = ("checkup.CheckupResponse",)


def fill(apps, schema_editor):
    fill_public_ids(apps, schema_editor, MODELS)


class Migration(migrations.Migration):
    dependencies = [("checkup", "0003_checkup_response_instrument_version")]

    operations = [
        migrations.AddField(
            model_name="checkupresponse",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="checkupresponse",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
