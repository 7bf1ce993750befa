"""Taking the check-up: start or resume, answer, finish, choose what to share."""

from __future__ import annotations

from collections.abc import Collection
from uuid import UUID

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import history
from heartwork.checkup.instrument import CLOSENESS, POINTS, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse, seal_key
from heartwork.core.errors import DomainError
from heartwork.core.models import Visibility


def open_response(user: User) -> CheckupResponse | None:
    """My unfinished round, on the current questions."""
    response = access.owned(user, CheckupResponse).filter(finished_at__isnull=True).first()
    return _on_current_questions(response) if response is not None else None


def _on_current_questions(response: CheckupResponse) -> CheckupResponse:
    """Move an unfinished round to the current questions if they changed since it began.

    Answers to questions still asked carry over; answers to questions no longer asked
    stay stored with the round, and the new questions wait to be answered. A finished
    round keeps the version it was taken on.
    """
    current = load().version
    if not response.is_finished and response.instrument_version != current:
        response.instrument_version = current
        response.save(update_fields=["instrument_version", "updated_at"])
    return response


def _next_round(user: User) -> int:
    """Join the couple's latest round if I haven't answered it; otherwise start the next."""
    partner = access.partner_of(user)
    mine = access.owned(user, CheckupResponse).aggregate(n=Max("round_number"))["n"] or 0
    if partner is None:
        return mine + 1
    theirs = access.owned(partner, CheckupResponse).aggregate(n=Max("round_number"))["n"] or 0
    return theirs if theirs > mine else mine + 1


@transaction.atomic
def checkup_start(*, user: User) -> CheckupResponse:
    """Resume the unfinished round, or begin a new one."""
    current = open_response(user)
    if current is not None:
        return current
    return CheckupResponse.objects.create(
        author=user,
        couple=access.current_couple(user),
        round_number=_next_round(user),
        instrument_version=load().version,
        visibility=Visibility.PRIVATE,
    )


@transaction.atomic
def checkup_answer(*, user: User, response_id: UUID, item_key: str, value: int) -> CheckupAnswer:
    """Save one answer at once: nothing answered is ever lost."""
    response = _on_current_questions(access.get_owned(user, CheckupResponse, response_id))
    if response.is_finished:
        raise DomainError("This round is finished. Start a new check-up to answer again.")
    if item_key not in load(response.instrument_version).item_keys:
        raise DomainError("That question isn't part of the check-up.")
    if not 1 <= value <= POINTS:
        raise DomainError(f"Answers go from 1 to {POINTS}.")
    answer, _ = CheckupAnswer.objects.update_or_create(
        response=response, item_key=item_key, defaults={"value": value}
    )
    return answer


def missing(response: CheckupResponse) -> list[str]:
    """The questions of ``response`` not answered yet (its prefetched answers if there)."""
    answered = {a.item_key for a in response.answers.all()}
    asked = load(response.instrument_version).items
    return [key for key in [*(i.key for i in asked), CLOSENESS] if key not in answered]


def _valid_parts(parts: Collection[str]) -> list[str]:
    choices = [key for key, _ in load().share_choices]
    unknown = set(parts) - set(choices)
    if unknown:
        raise DomainError(
            f"These aren't parts of the check-up you can share: {', '.join(sorted(unknown))}."
        )
    return [key for key in choices if key in parts]


@transaction.atomic
def checkup_finish(
    *, user: User, response_id: UUID, shared_parts: Collection[str] | None = None
) -> CheckupResponse:
    """Finish a round. ``shared_parts`` is the person's choice; None keeps the one saved."""
    response = _on_current_questions(access.get_owned(user, CheckupResponse, response_id))
    if response.is_finished:
        return response
    if shared_parts is not None:
        response.shared_parts = _valid_parts(shared_parts)
    left = missing(response)
    if left:
        raise DomainError(
            f"{len(left)} question{'s are' if len(left) > 1 else ' is'} still unanswered. "
            "Your answers so far are saved; finish those and try again."
        )
    response.finished_at = timezone.now()
    response.couple = access.current_couple(user)
    response.visibility = Visibility.SEALED
    response.seal_key = seal_key(response.round_number)
    response.stored_scores = history.scores_to_store(
        {a.item_key: a.value for a in response.answers.all()}, response.instrument_version
    )
    response.save()
    return response


@transaction.atomic
def checkup_share(*, user: User, response_id: UUID, parts: Collection[str]) -> CheckupResponse:
    """Choose which parts of a round the partner sees, before finishing or at any time after.

    Parts left out show to the partner as "not shared". Sensitive dimensions are never
    shown, whatever is chosen here.
    """
    response = access.get_owned(user, CheckupResponse, response_id)
    response.shared_parts = _valid_parts(parts)
    response.save(update_fields=["shared_parts", "updated_at"])
    return response
