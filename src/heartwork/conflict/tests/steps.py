"""Take a topic step by step through the services, as two partners would."""

from __future__ import annotations

from heartwork.accounts.models import User
from heartwork.conflict import services
from heartwork.conflict.models import Option, Topic

TITLE = "The dishes on Sunday night"
ALICE_SIDE = "I came home tired and the kitchen felt like a wall I had to climb alone."
BOB_SIDE = "I meant to do them after the match and then I fell asleep on the sofa."


def opened(alice: User, bob: User) -> Topic:
    topic = services.topic_open(user=alice, title=TITLE)
    services.topic_answer(user=bob, topic_id=topic.public_id, join=True)
    return topic


def revealed(alice: User, bob: User) -> Topic:
    topic = opened(alice, bob)
    for user, side in ((alice, ALICE_SIDE), (bob, BOB_SIDE)):
        services.account_write(
            user=user,
            topic_id=topic.public_id,
            feelings=["tired"],
            body=side,
            touched="Being alone.",
        )
    return topic


def heard(alice: User, bob: User) -> Topic:
    topic = revealed(alice, bob)
    ref = topic.public_id
    services.turn_send(
        user=alice,
        topic_id=ref,
        kind="reflect",
        body="What I heard is you were worn out and fell asleep.",
    )
    services.turn_send(
        user=bob,
        topic_id=ref,
        kind="reflect",
        body="What I heard is you felt alone with the kitchen.",
    )
    services.turn_send(user=alice, topic_id=ref, kind="confirm")
    services.turn_send(user=bob, topic_id=ref, kind="confirm")
    return topic


def parts_said(alice: User, bob: User) -> Topic:
    topic = heard(alice, bob)
    services.turn_send(
        user=alice,
        topic_id=topic.public_id,
        kind="my_part",
        body="I snapped at you before asking what happened.",
    )
    services.turn_send(
        user=bob,
        topic_id=topic.public_id,
        kind="my_part",
        body="I left it for later and said nothing.",
    )
    return topic


def planned(alice: User, bob: User) -> Topic:
    topic = parts_said(alice, bob)
    ref = topic.public_id
    services.turn_send(
        user=bob, topic_id=ref, kind="apology", body="I'm sorry I left it all for you."
    )
    services.turn_send(user=alice, topic_id=ref, kind="accept", body="Thank you.")
    services.turn_send(user=alice, topic_id=ref, kind="plan", body="I will ask before I assume.")
    services.turn_send(
        user=bob, topic_id=ref, kind="plan", body="I'll do the dishes before the match."
    )
    return topic


def with_an_option(alice: User, bob: User) -> Option:
    """A planned topic with both needs open and an option of Alice's."""
    topic = planned(alice, bob)
    services.need_write(user=alice, topic_id=topic.public_id, body="To share the evenings.")
    services.need_write(user=bob, topic_id=topic.public_id, body="To rest first.")
    return services.option_add(user=alice, topic_id=topic.public_id, body="A rota")
