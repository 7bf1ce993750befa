"""The safety screen, quick-exit choices and help lines, for the person's own scripts.

Every endpoint reads and writes only the signed-in person's own screen; nobody else's
can be named, so there is no id in any path. The partner's answers from the rest of
the API do not change when these are used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from ninja import Field, Schema, Status

from heartwork.accounts.models import User
from heartwork.core.apischema import ErrorOut, InputSchema, Router
from heartwork.core.http import signed_in_user
from heartwork.safety import resources, services
from heartwork.safety.screen import CHOICES, QUESTIONS, Saved
from heartwork.safety.selectors import preferences_of, screen_of

router = Router(tags=["safety"])

ANSWERS = ", ".join(value for value, _ in CHOICES)


class QuestionOut(Schema):
    key: str
    text: str


class QuestionsOut(Schema):
    questions: list[QuestionOut]
    answers: dict[str, str] = Field(..., description="Each possible answer and its words.")


class ScreenIn(InputSchema):
    answers: dict[str, str] = Field(
        ...,
        description=f"Question key → one of {ANSWERS}. Leave a question out to not answer "
        "it. The answers replace any saved before.",
    )


class CoupleExercisesIn(InputSchema):
    couple_exercises: Literal["paused", "open"]


class ScreenOut(Schema):
    answers: dict[str, str]
    shows_risk: bool
    serious: bool
    couple_exercises: Literal["paused", "open"]
    updated_at: datetime


class PreferencesIO(InputSchema):
    keep_signed_in: bool = Field(..., description="Quick exit leaves without signing out.")
    neutral_titles: bool = Field(..., description="Page titles never name the app.")


class HelpOut(Schema):
    country: str
    emergency_number: str
    emergency: list[str]
    abuse: list[str]
    crisis: list[str]


def _screen_out(saved: Saved) -> ScreenOut:
    assessment = saved.state.assessment
    return ScreenOut(
        answers=saved.state.answers,
        shows_risk=assessment.shows_risk,
        serious=assessment.serious,
        couple_exercises="paused" if saved.state.joint_paused else "open",
        updated_at=saved.updated_at,
    )


def _mine(user: User) -> ScreenOut:
    saved = screen_of(user)
    assert saved is not None  # noqa: S101 - just written by the service
    return _screen_out(saved)


@router.get("/questions", response=QuestionsOut, summary="The private safety screen's questions")
def questions(request: HttpRequest) -> QuestionsOut:
    return QuestionsOut(
        questions=[QuestionOut(key=q.key, text=q.text) for q in QUESTIONS],
        answers=dict(CHOICES),
    )


@router.get(
    "/screen", response={200: ScreenOut, 404: ErrorOut}, summary="My saved answers (only mine)"
)
def screen_get(request: HttpRequest) -> Status[object]:
    saved = screen_of(signed_in_user(request))
    if saved is None:
        return Status(404, {"detail": "You have no saved answers."})
    return Status(200, _screen_out(saved))


@router.put(
    "/screen", response={200: ScreenOut, 400: ErrorOut}, summary="Answer (replaces my answers)"
)
def screen_put(request: HttpRequest, payload: ScreenIn) -> Status[object]:
    user = signed_in_user(request)
    if services.screen_save(user=user, answers=payload.answers) is None:
        return Status(400, {"detail": "Nothing was answered, so nothing was saved."})
    return Status(200, _mine(user))


@router.delete("/screen", response={204: None}, summary="Delete my answers for good")
def screen_delete(request: HttpRequest) -> Status[object]:
    services.screen_delete(user=signed_in_user(request))
    return Status(204, None)


@router.put(
    "/screen/couple-exercises",
    response=ScreenOut,
    summary="Pause or reopen the couple exercises for me",
)
def couple_exercises(request: HttpRequest, payload: CoupleExercisesIn) -> ScreenOut:
    user = signed_in_user(request)
    services.screen_choose_joint(user=user, joint=payload.couple_exercises)
    return _mine(user)


@router.get("/preferences", response=PreferencesIO, summary="How quick exit behaves for me")
def preferences_get(request: HttpRequest) -> PreferencesIO:
    prefs = preferences_of(signed_in_user(request))
    return PreferencesIO(keep_signed_in=prefs.keep_signed_in, neutral_titles=prefs.neutral_titles)


@router.put("/preferences", response=PreferencesIO, summary="Change how quick exit behaves")
def preferences_put(request: HttpRequest, payload: PreferencesIO) -> PreferencesIO:
    prefs = services.preferences_update(
        user=signed_in_user(request),
        keep_signed_in=payload.keep_signed_in,
        neutral_titles=payload.neutral_titles,
    )
    return PreferencesIO(keep_signed_in=prefs.keep_signed_in, neutral_titles=prefs.neutral_titles)


@router.get("/help", response=HelpOut, summary="Help lines for a country (or this server's)")
def help_lines(request: HttpRequest, country: str = "") -> HelpOut:
    code = resources.normalize_country(country)
    found = resources.directory(code)
    return HelpOut(
        country=code,
        emergency_number=found.emergency_number,
        emergency=list(found.emergency),
        abuse=list(found.abuse),
        crisis=list(found.crisis),
    )
