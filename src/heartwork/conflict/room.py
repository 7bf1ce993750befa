"""Where a topic stands for one partner, and what they may do next.

One pure function of what the reader may see (their own account, the partner's once both
wrote, the turns, the breaks), so the page, the API and the services agree on every step:
the services refuse a turn that ``Room.may`` does not list.

After a fight, in order:

Talk it through now: the one who opened it speaks first (their opening words, read by
the coach, are the gentle start-up); the listener reflects what they heard; the speaker
says "yes, that's it" or corrects it, and once it is confirmed the roles swap. Either may
close it as repaired after each has spoken and been heard.

After a fight, in order:

1. each writes their own account, sealed until both have written;
2. each reflects the other's account back until the other says "yes, that's it";
3. each says their own part and what they regret;
4. each may apologise, and the other replies (accepted, or not yet); each writes one
   thing they will do next time, which can become a promise;
5. once both have a plan and no apology waits for its reply, either may close the topic
   as repaired.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.conflict.models import Account, Break, Need, Option, Rating, Topic, Turn

Kind = Turn.Kind
# Three flagged turns in a row: things are heating up, and a break is suggested.
HEATED_RUN = 3
# The turns a person writes words for; the others are a tap (a reply may add a few words).
NEEDS_WORDS = frozenset(
    {Kind.SPEAK, Kind.REFLECT, Kind.CORRECT, Kind.MY_PART, Kind.APOLOGY, Kind.PLAN}
)


@dataclass
class Room:
    topic: Topic
    me: User
    mine: Account | None
    theirs: Account | None  # only once both have written
    turns: list[Turn]
    breaks: list[Break]
    needs: list[Need] = field(default_factory=list)  # mine, and theirs once both wrote
    options: list[Option] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    now: datetime = field(default_factory=lambda: timezone.now())

    # Who is who

    @property
    def invited(self) -> bool:
        """Whether the reader is the partner the topic was opened for, still to answer."""
        return self.topic.status == Topic.Status.INVITED and self.topic.author_id != self.me.pk

    def _by_me(self, kind: str) -> list[Turn]:
        return [t for t in self.turns if t.kind == kind and t.author_id == self.me.pk]

    def _by_them(self, kind: str) -> list[Turn]:
        return [t for t in self.turns if t.kind == kind and t.author_id != self.me.pk]

    def _reply_to(self, turn: Turn | None) -> Turn | None:
        if turn is None:
            return None
        return next((t for t in self.turns if t.answers_id == turn.pk), None)

    # Live

    @property
    def live(self) -> bool:
        """Talking it through now: the page follows the partner's turns as they come."""
        return self.topic.way == Topic.Way.NOW and self.topic.status in (
            Topic.Status.INVITED,
            Topic.Status.OPEN,
        )

    @property
    def version(self) -> str:
        """Changes whenever anything either partner sees in the room changes."""
        pause = self.on_break
        return ".".join(
            str(part)
            for part in (
                self.topic.status,
                len(self.turns),
                len(self.breaks),
                int(pause is not None),
                int(self.mine is not None),
                int(self.theirs is not None),
                len(self.needs),
                len(self.options),
                len(self.ratings),
                self.topic.proposed,
            )
        )

    # Needs and options

    @property
    def needs_open(self) -> bool:
        """Where needs and options belong: once the talking or the repair is under way."""
        heard = self.stage == "repair" or (self.stage == "talk" and self.both_spoke_and_heard)
        return self.topic.status == Topic.Status.OPEN and heard and self.on_break is None

    @property
    def my_need(self) -> Need | None:
        return next((n for n in self.needs if n.author_id == self.me.pk), None)

    @property
    def their_need(self) -> Need | None:
        return next((n for n in self.needs if n.author_id != self.me.pk), None)

    def ranked_options(self) -> list[tuple[Option, int | None, int | None]]:
        """Each option with my rating and theirs; those that meet both partners' needs
        first (the lower of the two ratings, then their sum), unrated ones last."""
        rated: dict[tuple[int, bool], int] = {
            (r.option_id, r.author_id == self.me.pk): r.value for r in self.ratings
        }
        rows = [(o, rated.get((o.pk, True)), rated.get((o.pk, False))) for o in self.options]

        def rank(row: tuple[Option, int | None, int | None]) -> tuple[int, int, int]:
            mine, theirs = row[1] or 0, row[2] or 0
            return (-min(mine, theirs), -(mine + theirs), self.options.index(row[0]))

        return sorted(rows, key=rank)

    @property
    def proposal_for_me(self) -> bool:
        """My partner proposed how to settle it, and it waits for my answer."""
        return bool(self.topic.proposed) and self.topic.proposed_by_id not in (None, self.me.pk)

    # Breaks

    @property
    def on_break(self) -> Break | None:
        return next((b for b in self.breaks if b.ends_at > self.now), None)

    @property
    def heated(self) -> bool:
        """The last ``HEATED_RUN`` turns were each flagged by the coach and sent anyway."""
        last = self.turns[-HEATED_RUN:]
        return len(last) == HEATED_RUN and all(t.flagged for t in last)

    # Reflecting

    def reflection_of_theirs(self) -> tuple[Turn | None, Turn | None]:
        """My latest reflection of their account, and their reply to it."""
        mine = self._by_me(Kind.REFLECT)
        last = mine[-1] if mine else None
        return last, self._reply_to(last)

    def reflection_of_mine(self) -> tuple[Turn | None, Turn | None]:
        """Their latest reflection of my account, and my reply to it."""
        theirs = self._by_them(Kind.REFLECT)
        last = theirs[-1] if theirs else None
        return last, self._reply_to(last)

    @property
    def both_heard(self) -> bool:
        return all(
            reply is not None and reply.kind == Kind.CONFIRM
            for _, reply in (self.reflection_of_theirs(), self.reflection_of_mine())
        )

    # Repair

    def apology_waiting_for_me(self) -> Turn | None:
        """The partner's apology that I have not answered yet."""
        return next((t for t in self._by_them(Kind.APOLOGY) if self._reply_to(t) is None), None)

    def _my_apology_open(self) -> bool:
        return any(self._reply_to(t) is None for t in self._by_me(Kind.APOLOGY))

    def _my_apology_accepted(self) -> bool:
        return any(
            (r := self._reply_to(t)) is not None and r.kind == Kind.ACCEPT
            for t in self._by_me(Kind.APOLOGY)
        )

    @property
    def both_parts(self) -> bool:
        return bool(self._by_me(Kind.MY_PART)) and bool(self._by_them(Kind.MY_PART))

    @property
    def both_plans(self) -> bool:
        return bool(self._by_me(Kind.PLAN)) and bool(self._by_them(Kind.PLAN))

    @property
    def apologies_answered(self) -> bool:
        return all(self._reply_to(t) is not None for t in self.turns if t.kind == Kind.APOLOGY)

    # The step

    # Talking it through now

    def _last_speech(self) -> Turn | None:
        spoken = [t for t in self.turns if t.kind == Kind.SPEAK]
        return spoken[-1] if spoken else None

    def talk(self) -> tuple[Turn | None, Turn | None, Turn | None]:
        """The latest thing said, the latest reflection of it, and the reply to that."""
        speech = self._last_speech()
        if speech is None:
            return None, None, None
        reflections = [
            t for t in self.turns if t.kind == Kind.REFLECT and t.answers_id == speech.pk
        ]
        reflection = reflections[-1] if reflections else None
        return speech, reflection, self._reply_to(reflection)

    @property
    def speaker_id(self) -> int:
        """Whose turn it is to speak next (or who is speaking now)."""
        speech, _, reply = self.talk()
        if speech is None:
            return self.topic.author_id
        if reply is not None and reply.kind == Kind.CONFIRM:
            return next(
                (uid for uid in self._people() if uid != speech.author_id), speech.author_id
            )
        return speech.author_id

    def _people(self) -> list[int]:
        ids = [self.topic.author_id, self.me.pk]
        ids += [t.author_id for t in self.turns]
        return list(dict.fromkeys(ids))

    def _talk_may(self) -> list[str]:
        speech, reflection, reply = self.talk()
        mine = self.speaker_id == self.me.pk
        if speech is None or (reply is not None and reply.kind == Kind.CONFIRM):
            return [Kind.SPEAK] if mine else []
        if speech.author_id == self.me.pk:  # I spoke: I confirm or correct their reflection
            return [Kind.CONFIRM, Kind.CORRECT] if reflection is not None and reply is None else []
        if reflection is None or (reply is not None and reply.kind == Kind.CORRECT):
            return [Kind.REFLECT]
        return []

    @property
    def both_spoke_and_heard(self) -> bool:
        heard = {
            t.author_id
            for t in self.turns
            if t.kind == Kind.CONFIRM
            and t.answers_id is not None
            and any(r.pk == t.answers_id and r.answers_id for r in self.turns)
        }
        return len(heard) >= 2

    @property
    def stage(self) -> str:
        status = self.topic.status
        if status != Topic.Status.OPEN:
            return str(status)
        if self.topic.way == Topic.Way.NOW:
            return "talk"
        if self.mine is None or self.theirs is None:
            return "write"
        if not self.both_heard:
            return "reflect"
        if not self.both_parts:
            return "my_part"
        return "repair"

    @property
    def may(self) -> list[str]:
        """The turns the reader may send now (empty while the room rests on a break)."""
        if self.on_break is not None:
            return []
        stage, out = self.stage, []
        if stage == "talk":
            out = self._talk_may()
        elif stage == "reflect":
            mine_of_theirs, their_reply = self.reflection_of_theirs()
            if mine_of_theirs is None or (
                their_reply is not None and their_reply.kind == Kind.CORRECT
            ):
                out.append(Kind.REFLECT)
            theirs_of_mine, my_reply = self.reflection_of_mine()
            if theirs_of_mine is not None and my_reply is None:
                out += [Kind.CONFIRM, Kind.CORRECT]
        elif stage == "my_part" and not self._by_me(Kind.MY_PART):
            out.append(Kind.MY_PART)
        elif stage == "repair":
            if self.apology_waiting_for_me() is not None:
                out += [Kind.ACCEPT, Kind.NOT_YET]
            if not self._my_apology_open() and not self._my_apology_accepted():
                out.append(Kind.APOLOGY)
            if not self._by_me(Kind.PLAN):
                out.append(Kind.PLAN)
        return [str(kind) for kind in out]

    @property
    def may_write_account(self) -> bool:
        return self.stage == "write" and self.mine is None and self.on_break is None

    @property
    def may_resolve(self) -> bool:
        if self.stage == "talk":
            return self.both_spoke_and_heard and self.on_break is None
        return (
            self.stage == "repair"
            and self.both_plans
            and self.apologies_answered
            and self.on_break is None
        )

    def answering(self, kind: str) -> Turn | None:
        """The turn a new turn of ``kind`` answers, if it answers one."""
        if self.topic.way == Topic.Way.NOW:
            speech, reflection, _ = self.talk()
            if kind == Kind.REFLECT:
                return speech
            if kind in (Kind.CONFIRM, Kind.CORRECT):
                return reflection
        if kind in (Kind.CONFIRM, Kind.CORRECT):
            return self.reflection_of_mine()[0]
        if kind in (Kind.ACCEPT, Kind.NOT_YET):
            return self.apology_waiting_for_me()
        return None

    def replying_to(self, kind: str) -> str | None:
        """The words a new turn of ``kind`` answers, for the coach to read it against."""
        answered = self.answering(kind)
        if answered is not None:
            return answered.body or None
        if kind in (Kind.REFLECT, Kind.MY_PART) and self.theirs is not None:
            return self.theirs.body
        if kind == Kind.SPEAK:
            said = [t for t in self.turns if t.kind == Kind.SPEAK and t.author_id != self.me.pk]
            return said[-1].body if said else None
        return None

    def my_plan_without_promise(self) -> Turn | None:
        return next((t for t in self._by_me(Kind.PLAN) if t.promise_id is None), None)
