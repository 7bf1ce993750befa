# The counselor reports: a report its author shares by a hashed link, and its openings.

import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import heartwork.core.encryption


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0001_users_couples_invitations_tokens"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CounselorReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("public_id", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                (
                    "visibility",
                    models.CharField(
                        choices=[
                            ("private", "Only me"),
                            ("shared", "Shared with my partner"),
                            ("sealed", "Sealed until we have both answered"),
                        ],
                        default="private",
                        max_length=10,
                    ),
                ),
                ("seal_key", models.CharField(blank=True, default="", max_length=100)),
                ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("label", heartwork.core.encryption.EncryptedTextField(blank=True, default="")),
                ("sections", models.JSONField(default=list)),
                ("content", heartwork.core.encryption.EncryptedTextField()),
                ("token_hash", models.CharField(max_length=64, unique=True)),
                ("code_hash", models.CharField(blank=True, default="", max_length=128)),
                ("expires_at", models.DateTimeField()),
                ("revoked_at", models.DateTimeField(blank=True, null=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "couple",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="accounts.couple",
                    ),
                ),
            ],
            options={
                "ordering": ("-created_at", "-id"),
            },
        ),
        migrations.CreateModel(
            name="ReportOpening",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("opened_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "format",
                    models.CharField(
                        choices=[
                            ("page", "The page"),
                            ("pdf", "The PDF"),
                            ("fhir", "The FHIR file"),
                        ],
                        max_length=4,
                    ),
                ),
                (
                    "report",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="openings",
                        to="report.counselorreport",
                    ),
                ),
            ],
            options={
                "ordering": ("-opened_at", "-id"),
                "indexes": [
                    models.Index(
                        fields=["report", "-opened_at"], name="report_repo_report__da9d77_idx"
                    )
                ],
            },
        ),
    ]
