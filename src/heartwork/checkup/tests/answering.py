"""Helpers to take a round with chosen answers, for the sharing and privacy tests."""

from __future__ import annotations

from heartwork.accounts.models import User
from heartwork.checkup import services
from heartwork.checkup.instrument import CLOSENESS, load
from heartwork.checkup.models import CheckupResponse

EVERY_PART = [key for key, _ in load().share_choices]


def answer_round(
    user: User,
    *,
    keyed: dict[str, list[int]] | None = None,
    default: int = 6,
    closeness: int = 5,
) -> CheckupResponse:
    """Answer every item (keyed values: higher is better), leaving the round open.

    ``keyed`` gives one dimension's keyed answers item by item; the rest get ``default``.
    """
    keyed = keyed or {}
    response = services.checkup_start(user=user)
    for dimension in load().dimensions:
        values = keyed.get(dimension.key, [default] * len(dimension.items))
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
