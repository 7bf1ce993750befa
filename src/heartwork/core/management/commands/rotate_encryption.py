"""Re-encrypt every encrypted field with the first key in HEARTWORK_ENCRYPTION_KEYS."""

from __future__ import annotations

from typing import Any, cast

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from heartwork.core.encryption import EncryptedTextField, rotate_other_secrets


class Command(BaseCommand):
    help = (
        "Re-encrypt all stored free text with the first key of HEARTWORK_ENCRYPTION_KEYS, "
        "after which older keys can be removed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        with transaction.atomic():
            for model in apps.get_models():
                names = [
                    f.attname
                    for f in model._meta.concrete_fields
                    if isinstance(f, EncryptedTextField)
                ]
                if not names:
                    continue
                # Reading decrypts with whichever key opens each value; writing
                # encrypts with the first key.
                for pk, *texts in model._default_manager.values_list("pk", *names).iterator():
                    values = dict(zip(names, texts, strict=True))
                    model._default_manager.filter(pk=pk).update(**values)
                    total += 1
            # Secrets kept encrypted outside these fields (the authenticator apps' keys
            # and recovery codes' seeds, in JSON).
            replies = rotate_other_secrets.send(sender=Command)
            total += sum(cast("int", rows) for _, rows in replies)
        self.stdout.write(f"Re-encrypted {total} rows with the current key.")
