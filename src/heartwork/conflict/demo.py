"""The demo couple's one topic, worked through to the end, in our own words."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.conflict import services
from heartwork.conflict.models import Topic, Turn

TITLE = "The missed dinner on Thursday"
SIDES = (
    (
        ["hurt", "lonely"],
        "I had cooked and waited, and when the message came at eight I felt forgotten.",
        "Feeling like I come second to work, the way I did growing up.",
    ),
    (
        ["anxious", "ashamed"],
        "The meeting ran over and I kept thinking I'd leave in five minutes. I knew you'd be waiting and I froze.",
        "Being afraid of letting people down, so I put off saying anything.",
    ),
)
TURNS = (
    (
        "sam",
        "reflect",
        "What I heard is that you cooked and waited, and felt forgotten when I didn't come.",
    ),
    ("alex", "confirm", ""),
    (
        "alex",
        "reflect",
        "What I heard is that you meant to leave any minute and froze instead of telling me.",
    ),
    ("sam", "confirm", ""),
    ("alex", "my_part", "My part is that I kept quiet about how much the dinner meant to me."),
    ("sam", "my_part", "I should have sent a message at six instead of hoping it would work out."),
    ("sam", "apology", "I'm sorry I left you waiting. You deserved a message."),
    ("alex", "accept", "Thank you. I accept it."),
    ("alex", "plan", "I will tell you ahead of time when an evening matters to me."),
    ("sam", "plan", "Next time, I will send a message as soon as I know I'll be late."),
)


def demo_conflict(alex: User, sam: User) -> None:
    """One repaired topic, a week and a half ago; nothing if the couple has one already."""
    if Topic.objects.filter(author__in=[alex, sam]).exists():
        return
    people = {"alex": alex, "sam": sam}
    topic = services.topic_open(user=alex, title=TITLE)
    services.topic_answer(user=sam, topic_id=topic.public_id, join=True)
    for person, (feelings, body, touched) in zip((alex, sam), SIDES, strict=True):
        services.account_write(
            user=person, topic_id=topic.public_id, feelings=feelings, body=body, touched=touched
        )
    for who, kind, body in TURNS:
        services.turn_send(user=people[who], topic_id=topic.public_id, kind=kind, body=body)
    services.topic_resolve(user=alex, topic_id=topic.public_id)
    when = timezone.now() - timedelta(days=10)
    Topic.objects.filter(pk=topic.pk).update(created_at=when, answered_at=when, resolved_at=when)
    Turn.objects.filter(topic=topic).update(created_at=when)
