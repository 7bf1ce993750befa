"""API endpoints for the coach. Authenticated, rate limited, and the text is never kept."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Field, Schema

from heartwork.coach.web.service import MAX_TEXT, coach_analyze, coach_listen
from heartwork.core.apischema import InputSchema, Router
from heartwork.core.ratelimit import PerPerson
from heartwork.core.validation import Text

router = Router(tags=["coach"], throttle=[PerPerson("coach", limit=120, window_seconds=60)])


class MessageIn(InputSchema):
    text: Text = Field(..., min_length=1, max_length=MAX_TEXT)


class ReplyIn(MessageIn):
    replying_to: Text | None = Field(
        None,
        max_length=MAX_TEXT,
        description="the message this one answers, if any: the coach reads the reply with it",
    )


class SpanOut(Schema):
    label: str
    start: int
    end: int
    why: str


class ConcernOut(Schema):
    kind: str = Field(description="self_harm, violence, control or fear")
    sub: str | None = Field(description="the finer kind, when a pattern named it")
    urgency: str = Field(description="imminent, urgent or concern")
    title: str
    steps: list[str] = Field(description="what to do, the most urgent first")
    resources: list[str] = Field(description="where to turn, the most urgent first")


class ReaderConcernOut(Schema):
    kind: str
    urgency: str
    title: str
    steps: list[str]
    resources: list[str]


class AnalysisOut(Schema):
    labels: list[str]
    spans: list[SpanOut]
    suggestions: list[str]
    concern: ConcernOut | None


class ListeningOut(Schema):
    reflection: str | None
    validation: str | None
    question: str | None
    concern: ReaderConcernOut | None = Field(
        description="set when the text signals danger: then there are no suggested words"
    )


@router.post("/analyze", response=AnalysisOut, summary="Name the patterns in a message")
def analyze(request: HttpRequest, payload: ReplyIn) -> dict[str, object]:
    return coach_analyze(payload.text, replying_to=payload.replying_to).to_dict()


@router.post("/listen", response=ListeningOut, summary="Help to listen to a message")
def listen(request: HttpRequest, payload: MessageIn) -> dict[str, object]:
    return coach_listen(payload.text).to_dict()
