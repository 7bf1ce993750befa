"""A linked demo couple with a few weeks of history, so a newcomer sees a living app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from heartwork import access
from heartwork.accounts import services as account_services
from heartwork.accounts.models import User
from heartwork.core.models import Visibility
from heartwork.journal.models import JournalEntry

DEMO_PASSWORD = "heartwork-demo"  # noqa: S105 - a documented demo login, not a secret


@dataclass(frozen=True)
class DemoPerson:
    email: str
    name: str


ALEX = DemoPerson("alex@demo.heartwork.test", "Alex")
SAM = DemoPerson("sam@demo.heartwork.test", "Sam")

# (days ago, who, shared?, title, body): written by us for the demo.
ENTRIES = [
    (
        20,
        ALEX,
        False,
        "Starting out",
        "I want to notice more of what I feel before it comes out sideways. Writing it down first seems like a kind place to begin.",
    ),
    (
        18,
        SAM,
        True,
        "The walk on Sunday",
        "I loved walking by the river with you and not looking at our phones once. I felt close to you in a way I had missed.",
    ),
    (
        15,
        ALEX,
        True,
        "Something I want you to know",
        "When work gets loud I go quiet. It isn't about you. I'm learning to say so instead of disappearing.",
    ),
    (
        12,
        SAM,
        False,
        "Tired",
        "I felt lonely at dinner tonight, and I'm not sure yet how to say it without it sounding like a complaint.",
    ),
    (
        9,
        ALEX,
        True,
        "Thank you",
        "Thank you for making tea when I came home late. Small things like that tell me you're thinking of me.",
    ),
    (
        6,
        SAM,
        True,
        "What I'm hoping for",
        "I'd like us to try one new thing together each month. Even something small, like cooking a dish neither of us knows.",
    ),
    (
        3,
        ALEX,
        False,
        "Before our talk",
        "I feel nervous about bringing up money. I want to start with what I need, not with what went wrong.",
    ),
    (
        1,
        SAM,
        True,
        "Proud of us",
        "We talked about the hard thing and nobody slammed a door. I'm proud of how we listened.",
    ),
]


def _person(person: DemoPerson) -> User:
    user = User.objects.filter(email=person.email).first()
    if user is None:
        user = User.objects.create_user(person.email, DEMO_PASSWORD, name=person.name)
    return user


@transaction.atomic
def demo_create() -> tuple[User, User]:
    """Create (or find) the demo couple; running it twice changes nothing."""
    alex, sam = _person(ALEX), _person(SAM)
    couple = access.current_couple(alex)
    if couple is None or access.partner_of(alex) != sam:
        invitation = account_services.invitation_create(inviter=alex)
        couple = account_services.invitation_accept(user=sam, token=invitation.token)
        couple.created_at = timezone.now() - timedelta(days=21)
        couple.save(update_fields=["created_at"])
    if not JournalEntry.objects.filter(author__in=[alex, sam]).exists():
        people = {ALEX: alex, SAM: sam}
        for days_ago, who, shared, title, body in ENTRIES:
            JournalEntry.objects.create(
                author=people[who],
                couple=couple,
                visibility=Visibility.SHARED if shared else Visibility.PRIVATE,
                title=title,
                body=body,
                created_at=timezone.now() - timedelta(days=days_ago, hours=3),
            )
    return alex, sam
