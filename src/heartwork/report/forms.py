from __future__ import annotations

from typing import Any, cast

from django import forms

from heartwork.core.validation import TextRules
from heartwork.report.sections import Choice
from heartwork.report.services import DEFAULT_DAYS, LABEL_MAX, MAX_DAYS

DAY_CHOICES = [(1, "1 day"), (7, "7 days"), (14, "14 days"), (30, "30 days")]


class BuildForm(TextRules, forms.Form):
    """What goes in a report and how its link works; the parts offered are the person's own."""

    sections = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple,
        label="What goes in",
        error_messages={"required": "Choose at least one part to go in the report."},
    )
    days = forms.TypedChoiceField(
        choices=DAY_CHOICES,
        coerce=int,
        initial=DEFAULT_DAYS,
        label="The link works for",
        help_text=f"At most {MAX_DAYS} days. You can end it sooner at any time.",
    )
    with_code = forms.BooleanField(
        required=False,
        initial=True,
        label="Ask for a code too",
        help_text="You read the code out in your session; the link alone then opens nothing.",
    )
    label = forms.CharField(
        required=False,
        max_length=LABEL_MAX,
        label="Who is it for? (optional, only you see this)",
    )

    def __init__(self, *args: Any, choices: list[Choice], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.MultipleChoiceField, self.fields["sections"])
        field.choices = [(c.key, c.title) for c in choices]
        self.about = {c.key: c.about for c in choices}


class CodeForm(TextRules, forms.Form):
    code = forms.CharField(
        max_length=20,
        label="Code",
        help_text="The person who shared this report has it: they can read it out to you.",
        error_messages={"required": "Type the code you were given."},
    )
