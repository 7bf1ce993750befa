"""Display names and API token names are encrypted at rest, like the rest of the free text.

The columns become plain text first, then every existing row is encrypted (an empty name
too, since the field encrypts whatever it writes), then the field becomes encrypted, which
changes nothing in the database. Reversing decrypts every row back into the old columns.
The keys are ``settings.ENCRYPTION_KEYS``, the same that ``EncryptedTextField`` uses: the
first encrypts, any of them decrypts.
"""

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.db import migrations, models

import heartwork.core.encryption

NAMES = (("User", "name"), ("ApiToken", "name"))


def _cipher():
    return MultiFernet([Fernet(key) for key in settings.ENCRYPTION_KEYS])


def _rewrite(apps, schema_editor, change):
    for model_name, field in NAMES:
        model = apps.get_model("accounts", model_name)
        manager = model._base_manager.using(schema_editor.connection.alias)
        for pk, value in manager.values_list("pk", field).iterator():
            manager.filter(pk=pk).update(**{field: change(value)})


def encrypt_names(apps, schema_editor):
    cipher = _cipher()
    _rewrite(apps, schema_editor, lambda text: cipher.encrypt(text.encode()).decode("ascii"))


def decrypt_names(apps, schema_editor):
    cipher = _cipher()
    _rewrite(apps, schema_editor, lambda token: cipher.decrypt(token.encode()).decode())


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_api_token_scope_and_expiry"),
    ]

    operations = [
        migrations.AlterField(
            model_name="user",
            name="name",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="name",
            field=models.TextField(),
        ),
        migrations.RunPython(encrypt_names, decrypt_names, elidable=False),
        migrations.AlterField(
            model_name="user",
            name="name",
            field=heartwork.core.encryption.EncryptedTextField(blank=True, default=""),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="name",
            field=heartwork.core.encryption.EncryptedTextField(),
        ),
    ]
