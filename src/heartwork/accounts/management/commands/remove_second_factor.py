"""``heartwork remove-second-factor EMAIL``: the way back for someone who lost every factor."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from heartwork.accounts.models import User
from heartwork.accounts.second_factor.services import second_factor_remove_all


class Command(BaseCommand):
    help = (
        "Turn off the second step at sign-in (authenticator app, passkeys, recovery codes) "
        "for one account, so its password alone signs in. The owner is emailed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email", help="the email address the person signs in with")

    def handle(self, *args: Any, **options: Any) -> None:
        email = str(options["email"]).strip().lower()
        user = User.objects.filter(email=email).first()
        if user is None:
            raise CommandError(f"No account signs in with {email}. Check the spelling.")
        removed = second_factor_remove_all(user=user)
        if not removed:
            self.stdout.write(f"{email} had no second step, so nothing changed.")
            return
        self.stdout.write(
            f"Turned off the second step for {email}: their password alone signs in now. "
            "We emailed them to say so."
        )
