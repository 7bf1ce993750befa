"""API endpoints for the coach. Authenticated, rate limited, and the text is never kept."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.throttling import AuthRateThrottle

from heartwork.coach.web.service import MAX_TEXT, coach_analyze, coach_listen

router = Router(tags=["coach"], throttle=[AuthRateThrottle("120/m")])


class TextIn(Schema):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT)


class SpanOut(Schema):
    label: str
    start: int
    end: int
    why: str


class ConcernOut(Schema):
    kind: str
    resources: list[str]


class AnalysisOut(Schema):
    labels: list[str]
    spans: list[SpanOut]
    suggestions: list[str]
    concern: ConcernOut | None


class ListeningOut(Schema):
    reflection: str
    validation: str
    question: str


@router.post("/analyze", response=AnalysisOut, summary="Name the patterns in a message")
def analyze(request: HttpRequest, payload: TextIn) -> dict[str, object]:
    return coach_analyze(payload.text).to_dict()


@router.post("/listen", response=ListeningOut, summary="Help to listen to a message")
def listen(request: HttpRequest, payload: TextIn) -> dict[str, str]:
    return coach_listen(payload.text).to_dict()
