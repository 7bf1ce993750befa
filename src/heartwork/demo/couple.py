"""A linked demo couple with a few weeks of history, so a newcomer sees a living app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from heartwork import access
from heartwork.accounts import services as account_services
from heartwork.accounts.models import User
from heartwork.conflict.demo import demo_conflict
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
    # The demo people's addresses are made up: mark them confirmed so they can log in.
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"primary": True, "verified": True}
    )
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
    _demo_checkups(alex, sam)
    _demo_daily(alex, sam)
    demo_conflict(alex, sam)
    _demo_replies(alex, sam)
    return alex, sam


# Answering each other: a reaction and a short exchange under Sam's last shared entry, so a
# newcomer sees that nothing shared is a dead end: (who, reaction or None, reply, hours ago).
REPLIES = [
    (ALEX, "heart", "Me too. You waited for me to finish before you answered, and it helped.", 20),
    (SAM, None, "I'm glad. Same time next week, even if there's nothing hard to talk about?", 18),
]


def _demo_replies(alex: User, sam: User) -> None:
    from heartwork.together import services as together
    from heartwork.together.models import ItemKind, Response

    if Response.objects.filter(author__in=[alex, sam]).exists():
        return
    # Sam's latest shared entry, "Proud of us" (titles are encrypted, so not a filter).
    entry = (
        JournalEntry.objects.filter(author=sam, visibility=Visibility.SHARED)
        .order_by("-created_at")
        .first()
    )
    if entry is None:
        return
    people = {ALEX: alex, SAM: sam}
    for who, reaction, body, hours_ago in REPLIES:
        written = []
        if reaction:
            response = together.response_react(
                user=people[who], kind=ItemKind.JOURNAL, item_id=entry.public_id, reaction=reaction
            )
            written.append(response)
        written.append(
            together.response_reply(
                user=people[who], kind=ItemKind.JOURNAL, item_id=entry.public_id, body=body
            )
        )
        when = timezone.now() - timedelta(hours=hours_ago)
        Response.objects.filter(pk__in=[r.pk for r in written if r]).update(created_at=when)


# Three weeks of small daily moments, in our own words.
# Past days' questions (by key, from daily/questions/) with answers written for them,
# so a newcomer reads answers that fit what was asked: (key, Alex's answer, Sam's answer).
DAILY_ANSWERS = [
    (
        "memories-019",
        "The afternoon we got caught in the rain and stopped caring.",
        "When you sang in the car and didn't know I was awake.",
    ),
    (
        "needs-003",
        "Being asked how I really am, and you waiting for the answer.",
        "A cup of tea appearing by my desk without a word.",
    ),
    (
        "dreams-and-hopes-019",
        "A trip with no plans at all: a train, a map, and whatever comes.",
        "Walking a long coast path a few days at a time, sleeping wherever we end up.",
    ),
    (
        "appreciation-015",
        "How you keep track of everyone's birthdays, mine included.",
        "You noticing I'd gone quiet before I did, and making room for it.",
    ),
]
APPRECIATIONS = [
    (ALEX, "thanks", "Thank you for handling the car this week. It took a weight off."),
    (SAM, "compliment", "You were so patient with my sister tonight. I noticed."),
    (ALEX, "affection", "I like our Sunday mornings more than almost anything."),
    (SAM, "thanks", "Thanks for the tea you left by my desk."),
]


def _demo_daily(alex: User, sam: User) -> None:
    from heartwork.daily import services as daily
    from heartwork.daily.models import Appreciation, DailyQuestion, Promise, Question

    couple = access.current_couple(alex)
    if couple is None or DailyQuestion.objects.filter(couple=couple).exists():
        return
    people = {ALEX: alex, SAM: sam}
    today = daily.couple_today(couple)
    asked = dict(
        Question.objects.filter(key__in=[key for key, *_ in DAILY_ANSWERS]).values_list("key", "pk")
    )
    for days_ago, (key, alex_words, sam_words) in zip((6, 4, 2, 1), DAILY_ANSWERS, strict=True):
        if key not in asked:
            continue  # a question bank without it: better no answer than one that doesn't fit
        day = today - timedelta(days=days_ago)
        question = DailyQuestion.objects.create(couple=couple, date=day, question_id=asked[key])
        for person, words in ((alex, alex_words), (sam, sam_words)):
            daily.daily_answer(user=person, daily_question_id=question.pk, body=words)
    for (who, kind, words), days_ago in zip(APPRECIATIONS, (5, 4, 2, 0), strict=True):
        _backdate(daily.appreciation_send(user=people[who], kind=kind, body=words), days_ago)
    Appreciation.objects.filter(author=alex).update(seen_at=timezone.now())
    daily.checkin_create(
        user=sam,
        mood=4,
        feelings=["peaceful", "grateful"],
        good_thing="A long walk at lunch.",
        hard_thing="A tense meeting, but it passed.",
        shared=True,
    )
    daily.checkin_create(
        user=alex, mood=3, feelings=["tired"], hard_thing="Slept badly.", shared=False
    )
    done = daily.plan_create(
        user=alex,
        title="Try the Ethiopian place on the corner",
        is_new_to_us=True,
        planned_for=today - timedelta(days=5),
    )
    daily.plan_done(
        user=sam,
        plan_id=done.public_id,
        memory="We ate with our hands and laughed a lot.",
        how_it_felt=5,
    )
    daily.plan_create(
        user=sam, title="Sunday walk by the river", planned_for=today + timedelta(days=3)
    )
    kept = daily.promise_make(
        user=alex, text="book the boiler service", due=today - timedelta(days=8)
    )
    _backdate(kept, 12)
    daily.promise_mark(
        user=sam, promise_id=kept.public_id, status=Promise.Status.KEPT, note="Thank you!"
    )
    moved = daily.promise_make(
        user=sam, text="sort the photos from the trip", due=today - timedelta(days=3)
    )
    _backdate(moved, 6)
    daily.promise_mark(
        user=alex,
        promise_id=moved.public_id,
        status=Promise.Status.RENEGOTIATED,
        note="Next weekend is fine",
    )
    _backdate(
        daily.promise_make(
            user=sam, text="call your mum back about Christmas", due=today + timedelta(days=2)
        ),
        1,
    )


def _backdate(item: Any, days_ago: int) -> None:
    """Spread the demo's moments over the past days, so "Since you were last here" reads
    like weeks of a life rather than one minute of a script."""
    type(item).objects.filter(pk=item.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago, hours=2)
    )


# A profile per person: where their answers sit on the 7-point scale, by section.
PROFILES = {
    "alex@demo.heartwork.test": {
        "partner_offers": 5.4,
        "self_offers": 5.0,
        "self_needs": 4.2,
        "foundations": 5.2,
    },
    "sam@demo.heartwork.test": {
        "partner_offers": 4.6,
        "self_offers": 5.6,
        "self_needs": 4.8,
        "foundations": 4.9,
    },
}


def _demo_checkups(alex: User, sam: User) -> None:
    """Two finished rounds each, four weeks apart, a little warmer the second time."""
    import random

    from heartwork.checkup import services as checkup
    from heartwork.checkup.instrument import CLOSENESS, load
    from heartwork.checkup.models import CheckupResponse

    if CheckupResponse.objects.filter(author__in=[alex, sam]).exists():
        return
    rng = random.Random(7)  # noqa: S311 - demo data, not security
    instrument = load()
    for round_index, weeks_ago in ((0, 5), (1, 1)):
        for person in (alex, sam):
            response = checkup.checkup_start(user=person)
            for item in instrument.items:
                dimension = instrument.dimension(item.dimension)
                # The demo couple feel safe with each other: the safety questions sit high.
                level = 6.5 if dimension.sensitive else PROFILES[person.email][dimension.section]
                value = round(min(7, max(1, rng.gauss(level + 0.4 * round_index, 0.8))))
                if dimension.screen:
                    value = 7  # "I feel afraid of my partner": not at all (keyed)
                checkup.checkup_answer(
                    user=person,
                    response_id=response.public_id,
                    item_key=item.key,
                    value=8 - value if item.reverse else value,
                )
            checkup.checkup_answer(
                user=person,
                response_id=response.public_id,
                item_key=CLOSENESS,
                value=4 + round_index + (person == alex),
            )
            checkup.checkup_finish(
                user=person,
                response_id=response.public_id,
                shared_parts=["partner_offers", "self_offers", "foundations", "closeness"],
            )
            CheckupResponse.objects.filter(pk=response.pk).update(
                finished_at=timezone.now() - timedelta(weeks=weeks_ago),
                created_at=timezone.now() - timedelta(weeks=weeks_ago, hours=1),
            )
