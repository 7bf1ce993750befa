"""Reads of the conflict room that pages, the API and the services share.

Everything goes through ``heartwork.access``: a topic is shared with the partner, an
account is sealed until both have written, and nothing of a former couple's room reaches
the former partner.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404

from heartwork import access
from heartwork.accounts.models import User
from heartwork.conflict.models import Account, Break, Need, Option, Rating, Topic, Turn
from heartwork.conflict.room import Room
from heartwork.core.prepared import Prepared, Slots, count_of
from heartwork.safety.services import joint_exercises_paused

# A topic's turns are bounded by its steps; this only caps a runaway one.
TURNS_MAX = 500
OPTIONS_MAX = 50


def topics_for(user: User) -> QuerySet[Topic]:
    """The topics ``user`` may read, newest first."""
    return access.readable(user, Topic).select_related("author")


def topic_of(row: Account | Turn | Need | Option) -> Topic:
    """The topic ``row`` was written in; 404 once that topic went with its opener's account
    (the row stays its writer's, for their export, but there is no room to act in)."""
    if row.topic is None:
        raise Http404("Not found")
    return row.topic


def room_for(user: User, topic_id: UUID | str, *, lock: bool = False) -> Room:
    """Where the topic ``topic_id`` stands for ``user``; 404 if they may not read it.

    ``lock`` (inside a transaction) holds the topic row, so two turns sent at the same
    moment are checked against the room one after the other.
    """
    topic = access.get_readable(user, Topic, topic_id)
    if lock:
        topic = Topic.objects.select_for_update().select_related("author").get(pk=topic.pk)
    accounts = list(access.readable(user, Account).filter(topic=topic))
    mine = next((a for a in accounts if a.author_id == user.pk), None)
    theirs = next((a for a in accounts if a.author_id != user.pk), None)
    turns = list(
        access.readable(user, Turn).filter(topic=topic).select_related("author")[:TURNS_MAX]
    )
    breaks = list(access.readable(user, Break).filter(topic=topic))
    return Room(
        topic=topic,
        me=user,
        mine=mine,
        theirs=theirs,
        turns=turns,
        breaks=breaks,
        needs=list(access.readable(user, Need).filter(topic=topic)),
        options=list(access.readable(user, Option).filter(topic=topic)[:OPTIONS_MAX]),
        ratings=list(access.readable(user, Rating).filter(option__topic=topic)),
    )


def waiting_invitations(user: User) -> int:
    """How many topics the partner opened that wait for ``user`` to join or say not now.

    Zero for someone whose couple exercises are resting: nothing invites them in.
    """
    if joint_exercises_paused(user):
        return 0
    us = access.reader_and_couple(user)
    if us is None:
        return 0  # only a partner invites
    rows = INVITATIONS.rows(reader=us[0], couple=us[1])
    return int(rows[0][0]) if rows else 0


def _invitations(slots: Slots) -> QuerySet[Any]:
    """``waiting_invitations``' COUNT, built once per process (``core/prepared.py``)."""
    user, couple = access.marked(slots)
    invited = (
        access.readable_in(user, couple, Topic)
        .filter(status=Topic.Status.INVITED)
        .exclude(author=user)
    )
    return User.objects.filter(pk=slots.reader).values_list(count_of(invited))


INVITATIONS = Prepared(_invitations, reader=int, couple=int)
