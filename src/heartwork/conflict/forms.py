"""The room's forms: validated at the edge, then again in the services."""

from __future__ import annotations

from django import forms

from heartwork.conflict.models import Topic, Turn
from heartwork.conflict.services import (
    BREAK_MAX_MINUTES,
    BREAK_MIN_MINUTES,
    TEXT_MAX,
    TITLE_MAX,
)
from heartwork.core.validation import TextRules
from heartwork.daily.content import feeling_groups


class TopicForm(TextRules, forms.Form):
    title = forms.CharField(
        label="What happened, in a few words",
        max_length=TITLE_MAX,
        help_text="Your partner sees this. Describe the moment, not the person.",
        error_messages={"required": "Write a few words about what happened first."},
    )
    way = forms.ChoiceField(
        label="How", choices=Topic.Way.choices, initial=Topic.Way.AFTER, widget=forms.RadioSelect
    )
    send_anyway = forms.BooleanField(required=False, widget=forms.HiddenInput)


class AccountForm(TextRules, forms.Form):
    feelings = forms.MultipleChoiceField(
        label="How I felt (any number)", required=False, widget=forms.CheckboxSelectMultiple
    )
    body = forms.CharField(
        label="What it was like from where I stood",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Write a few words about what it was like for you."},
    )
    touched = forms.CharField(
        label="What it touched in me",
        max_length=TEXT_MAX,
        help_text="An old hurt, a fear, a need: whatever made it matter so much.",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write a few words about what it touched in you."},
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["feelings"].choices = [  # type: ignore[attr-defined]
            (g.title, [(w, w) for w in g.words]) for g in feeling_groups()
        ]


class TurnForm(TextRules, forms.Form):
    kind = forms.ChoiceField(choices=Turn.Kind.choices, widget=forms.HiddenInput)
    body = forms.CharField(
        label="Your words",
        max_length=TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    send_anyway = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # "Use this wording": puts a softer wording in the box, without sending it.
    edit = forms.BooleanField(required=False, widget=forms.HiddenInput)


class BreakForm(TextRules, forms.Form):
    minutes = forms.TypedChoiceField(
        label="For how long",
        coerce=int,
        choices=[(m, f"{m} minutes") for m in (20, 30, 45, 60)]
        + [(120, "2 hours"), (1440, "a day")],
        initial=BREAK_MIN_MINUTES,
        error_messages={
            "invalid_choice": f"Choose a break from {BREAK_MIN_MINUTES} minutes to "
            f"{BREAK_MAX_MINUTES // 60} hours."
        },
    )


class PromiseForm(TextRules, forms.Form):
    due = forms.DateField(
        label="By when",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="A week from today unless you choose.",
        error_messages={"invalid": "Give the day as YYYY-MM-DD, for example 2030-01-31."},
    )


class NeedForm(TextRules, forms.Form):
    body = forms.CharField(
        label="What I need",
        max_length=TEXT_MAX,
        help_text="Only you see this until your partner has written theirs.",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write a few words about what you need."},
    )


class OptionForm(TextRules, forms.Form):
    body = forms.CharField(
        label="A way forward",
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Write the option in a few words."},
    )


class RatingForm(TextRules, forms.Form):
    value = forms.TypedChoiceField(
        label="Does it meet my needs?",
        coerce=int,
        choices=[(3, "Yes"), (2, "Partly"), (1, "Not really")],
        error_messages={"invalid_choice": "Choose yes, partly or not really."},
    )


class OutcomeForm(TextRules, forms.Form):
    outcome = forms.ChoiceField(label="How we settle it", choices=Topic.Outcome.choices)
    option = forms.CharField(label="Option", max_length=36, required=False)
    until = forms.DateField(
        label="Try it until",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Give the day as YYYY-MM-DD, for example 2030-01-31."},
    )
