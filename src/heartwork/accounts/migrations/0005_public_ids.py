"""A random public id for people, invitations and API tokens (issue 9, finding 4).

In three steps, so existing rows each get their own id: add the column empty, fill every
row with its own uuid4 in batches, then make it required and unique.
"""

import uuid

from django.db import migrations, models

from heartwork.core.public_ids import fill_public_ids

MODELS = ("accounts.User", "accounts.Invitation", "accounts.ApiToken")


def fill(apps, schema_editor):
    fill_public_ids(apps, schema_editor, MODELS)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_encrypt_user_and_token_names")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="invitation",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
        migrations.AlterField(
            model_name="user",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="invitation",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
