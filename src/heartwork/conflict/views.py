"""The conflict room's pages. Reads through the selectors, every change through services.

Every page works without JavaScript: each step is a plain form that posts and comes back
to the room. A partner whose couple exercises are resting sees support for themselves and
nothing of the room.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.conflict import services
from heartwork.conflict.charts import month_charts
from heartwork.conflict.forms import (
    AccountForm,
    BreakForm,
    NeedForm,
    OptionForm,
    OutcomeForm,
    PromiseForm,
    RatingForm,
    TopicForm,
    TurnForm,
)
from heartwork.conflict.guide import CALMING_GUIDE, TURN_PROMPTS
from heartwork.conflict.models import Option, Turn
from heartwork.conflict.room import Room
from heartwork.conflict.selectors import room_for, topic_of, topics_for
from heartwork.conflict.services import TITLE_MAX
from heartwork.conflict.stats import conflict_counts
from heartwork.core import paging
from heartwork.core.errors import DomainError
from heartwork.core.http import invalid_form, signed_in_user
from heartwork.daily.selectors import promise_talk_title
from heartwork.safety.services import joint_exercises_paused, should_offer_before_conflict


def _resting(request: HttpRequest) -> HttpResponse:
    return render(request, "conflict/resting.html")


@login_required
def index(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if joint_exercises_paused(user):
        for topic in topics_for(user).filter(status="invited").exclude(author=user):
            services.topic_rest_for(user=user, topic=topic)
        return _resting(request)
    # "Talk it through" from a promise kept to oneself starts with words about it.
    about = promise_talk_title(user, request.GET.get("promise", ""), TITLE_MAX)
    form = TopicForm(request.POST or None, initial={"title": about} if about else None)
    flag = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            topic = services.topic_open(
                user=user, title=data["title"], way=data["way"], send_anyway=data["send_anyway"]
            )
        except services.TurnFlagged as flagged:
            flag = flagged
        except DomainError as error:
            form.add_error("title", error.message)
        else:
            messages.success(request, "Opened. Your partner is invited to join you.")
            return redirect("conflict_room", topic_id=topic.public_id)
    page = paging.page_for(request, topics_for(user))
    context = {
        "form": form,
        "topics": page.items,
        "page": page,
        "partner": access.partner_of(user),
        "offer": should_offer_before_conflict(user),
        "flag": flag,
    }
    return render(request, "conflict/index.html", context, status=400 if form.errors else 200)


def _turn_forms(room: Room, posted: TurnForm | None) -> list[dict[str, Any]]:
    """One form per step the reader may take now; the posted one keeps what was typed."""
    out = []
    for kind in room.may:
        if posted is not None and posted.data.get("kind") == kind:
            form = posted
        else:
            form = TurnForm(initial={"kind": kind})
        prompt = TURN_PROMPTS[kind]
        form.fields["body"].label = prompt["label"]
        out.append({"kind": kind, "form": form, **prompt, "answers": room.answering(kind)})
    return out


def _room_context(
    room: Room,
    *,
    posted: TurnForm | None = None,
    account_form: AccountForm | None = None,
    flag: services.TurnFlagged | None = None,
) -> dict[str, Any]:
    user = room.me
    partner = access.partner_of(user)
    return {
        "room": room,
        "topic": room.topic,
        "partner": partner if partner and room.topic.couple_id else None,
        "mine_is_opener": room.topic.author_id == user.pk,
        "turn_forms": _turn_forms(room, posted),
        "account_form": account_form or AccountForm(),
        "break_form": BreakForm(),
        "promise_form": PromiseForm(),
        "need_form": NeedForm(),
        "option_form": OptionForm(),
        "rating_form": RatingForm(),
        "outcome_form": OutcomeForm(),
        "flag": flag,
        "flag_kind": posted.data.get("kind") if flag and posted else None,
        "guide": CALMING_GUIDE,
        "offer": should_offer_before_conflict(user),
        "next": reverse("conflict_room", args=[room.topic.public_id]),
    }


def _room_page(
    request: HttpRequest,
    room: Room,
    *,
    posted: TurnForm | None = None,
    account_form: AccountForm | None = None,
    flag: services.TurnFlagged | None = None,
    status: int = 200,
) -> HttpResponse:
    context = _room_context(room, posted=posted, account_form=account_form, flag=flag)
    return render(request, "conflict/room.html", context, status=status)


@login_required
def room(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    found = room_for(user, topic_id)
    if joint_exercises_paused(user):
        services.topic_rest_for(user=user, topic=found.topic)
        return _resting(request)
    return _room_page(request, found)


@login_required
def live(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    """The changing part of the room, for htmx to poll: 204 while nothing has changed
    since ``seen``."""
    user = signed_in_user(request)
    found = room_for(user, topic_id)
    if joint_exercises_paused(user) or request.GET.get("seen") == found.version:
        return HttpResponse(status=204)
    return render(request, "conflict/_live.html", _room_context(found))


@login_required
@require_POST
def answer(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)  # 404 for anyone who may not read it
    join = request.POST.get("join") == "1"
    try:
        services.topic_answer(user=user, topic_id=topic_id, join=join)
    except DomainError as error:
        messages.error(request, error.message)
    if joint_exercises_paused(user):
        return _resting(request)
    if join:
        messages.success(request, "You've joined. Start with your own side, in your own time.")
    else:
        messages.success(request, "That's all right. Nothing more is asked of you here for now.")
    return redirect("conflict_room", topic_id=topic_id)


@login_required
@require_POST
def account(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    found = room_for(user, topic_id)
    form = AccountForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.account_write(
                user=user,
                topic_id=topic_id,
                feelings=data["feelings"],
                body=data["body"],
                touched=data["touched"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, "Saved. Your side opens for your partner once they've written theirs."
            )
            return redirect("conflict_room", topic_id=topic_id)
    return _room_page(request, found, account_form=form, status=400)


@login_required
@require_POST
def turn(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    found = room_for(user, topic_id)
    form = TurnForm(request.POST)
    if not form.is_valid():
        return _room_page(request, found, posted=form, status=400)
    data = form.cleaned_data
    if data["edit"]:  # "use this wording": into the box, to read and send
        form = TurnForm({"kind": data["kind"], "body": data["body"]})
        form.is_valid()
        return _room_page(request, found, posted=form)
    try:
        services.turn_send(
            user=user,
            topic_id=topic_id,
            kind=data["kind"],
            body=data["body"],
            send_anyway=data["send_anyway"],
        )
    except services.TurnFlagged as flagged:
        return _room_page(request, found, posted=form, flag=flagged)
    except DomainError as error:
        form.add_error("body", error.message)
        return _room_page(request, found, posted=form, status=400)
    messages.success(request, "Sent.")
    return redirect("conflict_room", topic_id=topic_id)


@login_required
@require_POST
def take_break(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)
    form = BreakForm(request.POST)
    back = reverse("conflict_room", args=[topic_id])
    if not form.is_valid():
        return invalid_form(request, form, back=back)
    try:
        services.break_call(user=user, topic_id=topic_id, minutes=form.cleaned_data["minutes"])
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "A break has begun for you both. Be kind to yourself.")
    return redirect(back)


@login_required
@require_POST
def resolve(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)
    try:
        services.topic_resolve(user=user, topic_id=topic_id)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Repaired. Thank you both for staying with it.")
    return redirect("conflict_room", topic_id=topic_id)


@login_required
@require_POST
def promise(request: HttpRequest, turn_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    plan = access.get_owned(user, Turn, turn_id)
    back = reverse("conflict_room", args=[topic_of(plan).public_id])
    form = PromiseForm(request.POST)
    if not form.is_valid():
        return invalid_form(request, form, back=back)
    try:
        services.plan_promise(user=user, turn_id=turn_id, due=form.cleaned_data["due"])
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "It's in your promises now; your partner will mark how it went.")
    return redirect(back)


@login_required
def patterns(request: HttpRequest) -> HttpResponse:
    """How we handle hard moments, month by month: counts only, the same for both."""
    user = signed_in_user(request)
    if joint_exercises_paused(user):
        return _resting(request)
    months = conflict_counts(user)
    return render(
        request, "conflict/patterns.html", {"months": months, "charts": month_charts(months)}
    )


def _step(request: HttpRequest, topic_id: UUID, form: Any, act: Any, done: str) -> HttpResponse:
    """A small form of needs and options: through its service, back to the room."""
    back = reverse("conflict_room", args=[topic_id])
    if not form.is_valid():
        return invalid_form(request, form, back=back)
    try:
        act(form.cleaned_data)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return redirect(back)


@login_required
@require_POST
def need(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)
    return _step(
        request,
        topic_id,
        NeedForm(request.POST),
        lambda data: services.need_write(user=user, topic_id=topic_id, body=data["body"]),
        "Saved. It opens for your partner once they've written theirs.",
    )


@login_required
@require_POST
def option(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)
    return _step(
        request,
        topic_id,
        OptionForm(request.POST),
        lambda data: services.option_add(user=user, topic_id=topic_id, body=data["body"]),
        "Added. You can each say whether it meets your needs.",
    )


@login_required
@require_POST
def rate(request: HttpRequest, option_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    found = access.get_readable(user, Option, option_id)
    return _step(
        request,
        topic_of(found).public_id,
        RatingForm(request.POST),
        lambda data: services.option_rate(user=user, option_id=option_id, value=data["value"]),
        "Thank you. The options that meet you both rise to the top.",
    )


@login_required
@require_POST
def outcome(request: HttpRequest, topic_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    room_for(user, topic_id)
    if "agree" in request.POST:
        agree = request.POST.get("agree") == "1"
        try:
            services.outcome_answer(user=user, topic_id=topic_id, agree=agree)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, "Settled, together." if agree else "All right: not yet.")
        return redirect("conflict_room", topic_id=topic_id)
    return _step(
        request,
        topic_id,
        OutcomeForm(request.POST),
        lambda data: services.outcome_propose(
            user=user,
            topic_id=topic_id,
            outcome=data["outcome"],
            option_id=data["option"] or None,
            until=data["until"],
        ),
        "Proposed. Your partner can agree, or say not yet.",
    )
