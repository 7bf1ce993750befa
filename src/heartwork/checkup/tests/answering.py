"""Helpers to take a round with chosen answers, for the sharing and privacy tests."""

from __future__ import annotations

from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup import services
from heartwork.checkup.instrument import CLOSENESS, load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse, seal_key
from heartwork.core.models import Visibility

EVERY_PART = [key for key, _ in load().share_choices]


def answer_round(
    user: User,
    *,
    keyed: dict[str, list[int]] | None = None,
    default: int = 6,
    closeness: int = 5,
) -> CheckupResponse:
    """Answer every item (keyed values: higher is better), leaving the round open.

    ``keyed`` gives one dimension's keyed answers item by item; the rest get ``default``,
    except the direct question about fear, answered "Not at all true" unless given.
    """
    keyed = keyed or {}
    response = services.checkup_start(user=user)
    for dimension in load().dimensions:
        level = 7 if dimension.screen else default
        values = keyed.get(dimension.key, [level] * len(dimension.items))
        for item, value in zip(dimension.items, values, strict=True):
            services.checkup_answer(
                user=user,
                response_id=response.public_id,
                item_key=item.key,
                value=8 - value if item.reverse else value,
            )
    services.checkup_answer(
        user=user, response_id=response.public_id, item_key=CLOSENESS, value=closeness
    )
    return response


def finish_round(
    user: User, share: list[str], *, keyed: dict[str, list[int]] | None = None, default: int = 6
) -> CheckupResponse:
    response = answer_round(user, keyed=keyed, default=default)
    return services.checkup_finish(user=user, response_id=response.public_id, shared_parts=share)


def finish_old_round(
    user: User,
    share: list[str],
    *,
    version: int = 1,
    keyed: dict[str, list[int]] | None = None,
    default: int = 6,
) -> CheckupResponse:
    """A round finished on an earlier version of the questions, as stored before an upgrade.

    Built directly: the services always move a round to the current questions.
    """
    keyed = keyed or {}
    instrument = load(version)
    response = CheckupResponse.objects.create(
        author=user,
        couple=access.current_couple(user),
        round_number=services._next_round(user),
        instrument_version=version,
        shared_parts=share,
        finished_at=timezone.now(),
        visibility=Visibility.SEALED,
    )
    response.seal_key = seal_key(response.round_number)
    response.save()
    for dimension in instrument.dimensions:
        values = keyed.get(dimension.key, [default] * len(dimension.items))
        for item, value in zip(dimension.items, values, strict=True):
            CheckupAnswer.objects.create(
                response=response, item_key=item.key, value=8 - value if item.reverse else value
            )
    CheckupAnswer.objects.create(response=response, item_key=CLOSENESS, value=5)
    return response
