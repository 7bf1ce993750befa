from __future__ import annotations

from django import forms

from heartwork.core.forms import RendersOnce
from heartwork.core.validation import TextRules
from heartwork.daily.content import feeling_groups
from heartwork.daily.models import HOW_IT_FELT, MOODS, Appreciation, Promise
from heartwork.daily.services import TEXT_MAX


class AnswerForm(TextRules, forms.Form):
    body = forms.CharField(
        label="Your answer",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write a few words first; there's no wrong answer."},
    )


class CheckInForm(TextRules, forms.Form):
    mood = forms.TypedChoiceField(
        label="How are you today?",
        choices=list(MOODS.items()),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Pick how you are, from very low to very good."},
    )
    feelings = forms.MultipleChoiceField(
        label="Words that fit (any number)", required=False, widget=forms.CheckboxSelectMultiple
    )
    good_thing = forms.CharField(
        label="One good thing",
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    hard_thing = forms.CharField(
        label="One hard thing",
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    shared = forms.BooleanField(
        label="Share this check-in with my partner",
        required=False,
        help_text="Check-ins are private unless you tick this.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["feelings"].choices = [  # type: ignore[attr-defined]
            (g.title, [(w, w) for w in g.words]) for g in feeling_groups()
        ]


class AppreciationForm(TextRules, forms.Form):
    kind = forms.ChoiceField(
        label="What kind",
        choices=Appreciation.Kind.choices,
        initial="thanks",
        widget=forms.RadioSelect,
    )
    body = forms.CharField(
        label="Your words",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write a few words for your partner."},
    )


class PlanForm(TextRules, forms.Form):
    title = forms.CharField(label="What you'll do", max_length=200)
    planned_for = forms.DateField(label="When", widget=forms.DateInput(attrs={"type": "date"}))
    is_new_to_us = forms.BooleanField(label="Something new for us", required=False)
    activity_key = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)


class DoneForm(RendersOnce, TextRules, forms.Form):
    memory = forms.CharField(
        label="A short memory (optional)",
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    how_it_felt = forms.TypedChoiceField(
        label="How did it feel?",
        choices=list(HOW_IT_FELT.items()),
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )


class PromiseForm(TextRules, forms.Form):
    text = forms.CharField(
        label="I'll…", max_length=500, help_text="Something small and specific works best."
    )
    due = forms.DateField(label="By", widget=forms.DateInput(attrs={"type": "date"}))


class MarkForm(TextRules, forms.Form):
    status = forms.ChoiceField(
        label="How did it go?",
        choices=[c for c in Promise.Status.choices if c[0] not in ("open", "withdrawn")],
        error_messages={"required": "Choose how it went: kept, renegotiated or not kept."},
    )
    note = forms.CharField(
        label="A note (optional)",
        required=False,
        max_length=TEXT_MAX,
        help_text="With “not kept”, the note and the mark stay with you until you choose "
        "to tell them.",
    )


class TellForm(TextRules, forms.Form):
    note = forms.CharField(
        label="What you'd like them to know (optional)",
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def _zones() -> list[tuple[str, str]]:
    from zoneinfo import available_timezones

    return [
        (z, z.replace("_", " ")) for z in sorted(available_timezones()) if "/" in z or z == "UTC"
    ]


def offer_browser_zone(form: forms.Form) -> None:
    """Nobody chose this form's time zone yet: let the browser's own be the default
    (``browser-zone.js``; without JavaScript the server's default stays)."""
    form.fields["timezone"].widget.attrs["data-browser-zone"] = ""


class DailySettingsForm(TextRules, forms.Form):
    timezone = forms.ChoiceField(
        label="Our time zone", help_text="Today's question changes at midnight here."
    )
    packs = forms.MultipleChoiceField(
        label="Question packs",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked means all of them.",
    )
    max_depth = forms.TypedChoiceField(
        label="How deep to go",
        coerce=int,
        widget=forms.RadioSelect,
        choices=[(1, "Light"), (2, "Light and medium"), (3, "All, deep ones too")],
    )
    apart = forms.BooleanField(
        label="We're apart for now, or live at a distance",
        required=False,
        help_text="Questions that assume you share a room are asked in a version for "
        "couples who are apart.",
    )

    def __init__(self, *args: object, packs: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["timezone"].choices = _zones()  # type: ignore[attr-defined]
        self.fields["packs"].choices = packs  # type: ignore[attr-defined]


class RemindersForm(TextRules, forms.Form):
    enabled = forms.BooleanField(
        label="Remind me about today's question",
        required=False,
        help_text="Only when I haven't answered yet. Reminders never include what anyone wrote.",
    )
    time_of_day = forms.TimeField(label="At", widget=forms.TimeInput(attrs={"type": "time"}))
    timezone = forms.ChoiceField(label="My time zone")
    by_email = forms.BooleanField(label="By email", required=False)
    in_app = forms.BooleanField(label="On my Today page", required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Its own ids: it shares a page with DailySettingsForm, which has a time zone too.
        kwargs.setdefault("auto_id", "id_reminders_%s")
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["timezone"].choices = _zones()  # type: ignore[attr-defined]
