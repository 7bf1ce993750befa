"""Pages of the daily practices. Reads through the access layer, writes through services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from urllib.parse import urlencode
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.coach.web.service import coach_listen_checkin
from heartwork.core import paging
from heartwork.core.errors import DomainError
from heartwork.core.http import invalid_form, signed_in_user
from heartwork.daily import services
from heartwork.daily.content import activities, filter_activities, ideas_page
from heartwork.daily.forms import (
    AnswerForm,
    AppreciationForm,
    CheckInForm,
    DailySettingsForm,
    DoneForm,
    MarkForm,
    PlanForm,
    PromiseForm,
    RemindersForm,
    TellForm,
    offer_browser_zone,
)
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    DailyQuestion,
    DailySettings,
    Plan,
    Promise,
    QuestionPack,
    ReminderPreference,
)
from heartwork.daily.selectors import (
    promises_not_kept_privately,
    promises_open,
    todays_question_for,
)
from heartwork.daily.trust import trust_record
from heartwork.together.models import ItemKind
from heartwork.together.selectors import threads_for

# Days of questions on one page of Earlier days.
EARLIER_DAYS = 14


def _fail(form: object, error: DomainError, field: str | None = None) -> None:
    form.add_error(field, error.message)  # type: ignore[attr-defined]


@login_required
def question(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    asked = todays_question_for(user, with_replies=True)
    today, mine = asked.question, asked.mine
    form = AnswerForm(request.POST or None, initial={"body": mine.body if mine else ""})
    if request.method == "POST" and today is not None and form.is_valid():
        try:
            services.daily_answer(
                user=user, daily_question_id=today.pk, body=form.cleaned_data["body"]
            )
        except DomainError as error:
            _fail(form, error, "body")
        else:
            messages.success(
                request,
                "Saved. You can read each other's answers now."
                if todays_question_for(user).both_answered
                else "Saved. Your answer opens for your partner once they've answered too.",
            )
            return redirect("daily")
    theirs = asked.theirs
    context = {
        "today": today,
        "mine": mine,
        "theirs": theirs,
        "form": form,
        "zone": services.couple_zone(today.couple_id) if today and theirs else None,
        "threads": asked.threads,
        "your_turn": asked.partner_answered,
        "partner": access.partner_of(user),
    }
    return render(request, "daily/question.html", context, status=400 if form.errors else 200)


@login_required
def checkins(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.checkin_create(
                user=user,
                mood=data["mood"],
                feelings=data["feelings"],
                good_thing=data["good_thing"],
                hard_thing=data["hard_thing"],
                shared=data["shared"],
            )
        except DomainError as error:
            _fail(form, error, "shared")
        else:
            messages.success(request, "Checked in. Thank you for taking a moment.")
            return redirect("daily_checkins")
    page = paging.page_for(request, access.readable(user, CheckIn).select_related("author"))
    recent = page.items
    listening = {
        c.pk: coach_listen_checkin(
            mood=c.mood,
            good_thing=c.good_thing,
            hard_thing=c.hard_thing,
            feelings=tuple(c.feelings),
        )
        for c in recent
        if c.author_id != user.pk
    }
    context = {
        "form": form,
        "recent": recent,
        "page": page,
        "listening": listening,
        "threads": threads_for(user, ItemKind.CHECKIN, recent),
        "partner": access.partner_of(user),
    }
    return render(request, "daily/checkins.html", context, status=400 if form.errors else 200)


@login_required
def appreciations(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = AppreciationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.appreciation_send(
                user=user, kind=form.cleaned_data["kind"], body=form.cleaned_data["body"]
            )
        except DomainError as error:
            _fail(form, error)
        else:
            messages.success(request, "Sent with care.")
            return redirect("daily_appreciations")
    page = paging.page_for(request, access.readable(user, Appreciation).select_related("author"))
    feed = page.items
    services.appreciations_seen(user=user, shown=feed)
    week_ago = timezone.now() - timedelta(days=7)
    context = {
        "form": form,
        "feed": feed,
        "page": page,
        "threads": threads_for(user, ItemKind.APPRECIATION, feed),
        "partner": access.partner_of(user),
        "shared_this_week": access.owned(user, Appreciation)
        .filter(created_at__gte=week_ago)
        .count(),
    }
    return render(request, "daily/appreciations.html", context, status=400 if form.errors else 200)


@login_required
def quality_time(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    idea = next((a for a in activities() if a.key == request.GET.get("idea")), None)
    initial: dict[str, object] = {"planned_for": timezone.localdate() + timedelta(days=2)}
    if idea is not None:  # "Plan this" on an idea fills the form in
        initial |= {"title": idea.title, "activity_key": idea.key, "is_new_to_us": idea.new}
    form = PlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.plan_create(
                user=user,
                title=data["title"],
                planned_for=data["planned_for"],
                activity_key=data["activity_key"],
                is_new_to_us=data["is_new_to_us"],
            )
        except DomainError as error:
            _fail(form, error)
        else:
            messages.success(request, "Planned. Something to look forward to.")
            return redirect("daily_time")
    filters = {k: request.GET.get(k, "") for k in ("place", "cost", "energy", "new", "apart")}
    max_minutes = request.GET.get("minutes", "")
    ideas = ideas_page(
        filter_activities(
            **filters, max_minutes=int(max_minutes) if max_minutes.isdigit() else None
        ),
        request.GET.get("ideas", ""),
    )
    plans = access.readable(user, Plan).select_related("author")
    done = paging.page_for(request, plans.filter(done_at__isnull=False).order_by("-planned_for"))
    threads = threads_for(user, ItemKind.MEMORY, done.items)
    context = {
        "form": form,
        "ideas": ideas,
        "idea": idea,
        # The filters as they are, for the links to other pages of ideas.
        "ideas_query": urlencode(
            {k: v for k, v in (filters | {"minutes": max_minutes}).items() if v}
        ),
        "filters": filters,
        "minutes": max_minutes,
        # The soonest first; plans are made a few at a time, so one page is plenty.
        "upcoming": plans.filter(done_at__isnull=True, withdrawn_at__isnull=True)[
            : paging.PAGE_SIZE
        ],
        "done": done.items,
        "threads": threads,
        "page": done,
        "new_tried": plans.filter(done_at__isnull=False, is_new_to_us=True).count(),
        "done_form": DoneForm(),
        "partner": access.partner_of(user),
    }
    return render(request, "daily/time.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def plan_done(request: HttpRequest, plan_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    access.get_readable(user, Plan, plan_id)
    form = DoneForm(request.POST)
    if form.is_valid():
        services.plan_done(
            user=user,
            plan_id=plan_id,
            memory=form.cleaned_data["memory"],
            how_it_felt=form.cleaned_data["how_it_felt"],
        )
        messages.success(request, "Marked done. A memory kept.")
    else:
        return invalid_form(request, form, back=reverse("daily_time"))
    return redirect("daily_time")


def _change_or_withdraw(
    request: HttpRequest,
    model: type[Plan] | type[Promise],
    item_id: UUID,
    form: PlanForm | PromiseForm,
    change: Callable[[], object],
    withdraw: Callable[[], object],
    page: str,
    said: tuple[str, str],
) -> HttpResponse:
    """What plans and promises share: only the author may change or withdraw (404 for
    anyone else), a bad form keeps what was typed, and the partner is told either way."""
    access.get_owned(signed_in_user(request), model, item_id)
    withdrawn, changed = said
    try:
        if "withdraw" in request.POST:
            withdraw()
            messages.success(request, withdrawn)
            return redirect(page)
        if not form.is_valid():
            return invalid_form(request, form, back=reverse(page))
        change()
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, changed)
    return redirect(page)


@login_required
@require_POST
def plan_change(request: HttpRequest, plan_id: UUID) -> HttpResponse:
    """Its author changes a plan ("Save") or calls it off ("Withdraw"); the partner is told."""
    user, form = signed_in_user(request), PlanForm(request.POST)
    return _change_or_withdraw(
        request,
        Plan,
        plan_id,
        form,
        change=lambda: services.plan_change(
            user=user,
            plan_id=plan_id,
            title=form.cleaned_data["title"],
            planned_for=form.cleaned_data["planned_for"],
        ),
        withdraw=lambda: services.plan_withdraw(user=user, plan_id=plan_id),
        page="daily_time",
        said=(
            "Called off. Your partner will see that it's off.",
            "Changed. Your partner will see the new plan.",
        ),
    )


@login_required
@require_POST
def promise_change(request: HttpRequest, promise_id: UUID) -> HttpResponse:
    """Its author rewords or reschedules a promise, or withdraws it; the partner is told."""
    user, form = signed_in_user(request), PromiseForm(request.POST)
    return _change_or_withdraw(
        request,
        Promise,
        promise_id,
        form,
        change=lambda: services.promise_change(
            user=user,
            promise_id=promise_id,
            text=form.cleaned_data["text"],
            due=form.cleaned_data["due"],
        ),
        withdraw=lambda: services.promise_withdraw(user=user, promise_id=promise_id),
        page="daily_promises",
        said=(
            "Withdrawn. It counts for and against no one.",
            "Changed. Your partner will see the new promise.",
        ),
    )


@login_required
def promises(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = PromiseForm(
        request.POST or None, initial={"due": timezone.localdate() + timedelta(days=3)}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.promise_make(
                user=user, text=form.cleaned_data["text"], due=form.cleaned_data["due"]
            )
        except DomainError as error:
            _fail(form, error)
        else:
            messages.success(request, "Promise made. Your partner will mark it when it's done.")
            return redirect("daily_promises")
    everything = access.readable(user, Promise).select_related("author")
    record = trust_record(user)
    # Marked "not kept" by this reader, and not told: theirs alone, in a section of its own.
    private = promises_not_kept_privately(user)
    closed = paging.page_for(
        request, everything.exclude(status=Promise.Status.OPEN).order_by("-due")
    )
    context = {
        "form": form,
        "partner": access.partner_of(user),
        "mark_form": MarkForm(),
        # The soonest due first; promises are made a few at a time, so one page is plenty.
        "open": promises_open(user, paging.PAGE_SIZE),
        "kept_to_myself": list(private.values()),
        "tell_form": TellForm(auto_id=False),
        "closed": closed.items,
        "page": closed,
        "record": record,
        # No "0 of 0 kept" before anything has been marked.
        "has_record": any(r.anything_marked for r in record),
    }
    return render(request, "daily/promises.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def promise_mark(request: HttpRequest, promise_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    access.get_readable(user, Promise, promise_id)
    form = MarkForm(request.POST)
    if form.is_valid():
        try:
            promise = services.promise_mark(
                user=user,
                promise_id=promise_id,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                "Kept to yourself for now. Nothing changes for your partner until you "
                "choose to tell them or talk about it."
                if promise.status == Promise.Status.OPEN
                else "Thank you for marking it.",
            )
    else:
        return invalid_form(request, form, back=reverse("daily_promises"))
    return redirect("daily_promises")


@login_required
@require_POST
def promise_tell(request: HttpRequest, promise_id: UUID) -> HttpResponse:
    """Tell the partner a promise was not kept, after marking it so in private."""
    user = signed_in_user(request)
    access.get_readable(user, Promise, promise_id)
    form = TellForm(request.POST)
    if not form.is_valid():
        return invalid_form(request, form, back=reverse("daily_promises"))
    try:
        services.promise_tell(user=user, promise_id=promise_id, note=form.cleaned_data["note"])
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Told. Your private note stays with you.")
    return redirect("daily_promises")


@login_required
def daily_settings(request: HttpRequest) -> HttpResponse:
    """The couple's question settings and this person's own reminders, on one page."""
    user = signed_in_user(request)
    couple = access.current_couple(user)
    packs = [(p.key, p.title) for p in QuestionPack.objects.order_by("title")]
    current = DailySettings.objects.filter(couple=couple).first() if couple else None
    reminder = ReminderPreference.objects.filter(user=user).first()
    settings_form = DailySettingsForm(
        request.POST if "save_questions" in request.POST else None,
        packs=packs,
        initial={
            "timezone": current.timezone if current else "UTC",
            "packs": list(current.packs.values_list("key", flat=True)) if current else [],
            "max_depth": current.max_depth if current else 2,
            "apart": current.apart if current else False,
        },
    )
    reminders_form = RemindersForm(
        request.POST if "save_reminders" in request.POST else None,
        initial={
            "enabled": reminder.enabled if reminder else False,
            "time_of_day": reminder.time_of_day if reminder else "19:00",
            "timezone": reminder.timezone if reminder else (current.timezone if current else "UTC"),
            "by_email": reminder.by_email if reminder else True,
            "in_app": reminder.in_app if reminder else True,
        },
    )
    if current is None:
        offer_browser_zone(settings_form)
    if reminder is None and current is None:
        offer_browser_zone(reminders_form)
    if request.method == "POST":
        try:
            if "save_questions" in request.POST and settings_form.is_valid():
                data = settings_form.cleaned_data
                services.daily_settings_update(
                    user=user,
                    timezone_name=data["timezone"],
                    pack_keys=data["packs"],
                    max_depth=data["max_depth"],
                    apart=data["apart"],
                )
                messages.success(
                    request, "Saved for both of you. Changes start with tomorrow's question."
                )
                return redirect("daily_settings")
            if "save_reminders" in request.POST and reminders_form.is_valid():
                data = reminders_form.cleaned_data
                services.reminders_update(
                    user=user,
                    enabled=data["enabled"],
                    time_of_day=data["time_of_day"],
                    timezone_name=data["timezone"],
                    by_email=data["by_email"],
                    in_app=data["in_app"],
                )
                messages.success(request, "Your reminders are saved.")
                return redirect("daily_settings")
        except DomainError as error:
            messages.error(request, error.message)
    context = {
        "settings_form": settings_form,
        "reminders_form": reminders_form,
        "partner": couple is not None,
    }
    status = 400 if settings_form.errors or reminders_form.errors else 200
    return render(request, "daily/settings.html", context, status=status)


@login_required
def earlier(request: HttpRequest) -> HttpResponse:
    """Past days' questions with the answers this person may read (sealed stay hidden).

    Newest first, ``EARLIER_DAYS`` days a page, with a plain link to the days before.
    """
    user = signed_in_user(request)
    couple = access.current_couple(user)
    days: dict[int, dict[str, object]] = {}
    zone, page = None, None
    if couple is not None:
        today = services.couple_today(couple)
        zone = services.couple_zone(couple.pk)
        asked = DailyQuestion.objects.filter(couple=couple, date__lt=today).order_by("-date")
        page = paging.page_for(request, asked, size=EARLIER_DAYS)
        answers = (
            access.readable(user, DailyAnswer)
            .filter(daily_question__in=[q.pk for q in page.items])
            .select_related("daily_question__question", "author")
            .order_by("-daily_question__date", "author_id")
        )
        for answer in answers:
            day = days.setdefault(
                answer.daily_question_id, {"question": answer.daily_question, "answers": []}
            )
            day["answers"].append(answer)  # type: ignore[attr-defined]
    context = {
        "days": list(days.values()),
        "page": page,
        "partner": couple is not None,
        "zone": zone,
    }
    return render(request, "daily/earlier.html", context)
