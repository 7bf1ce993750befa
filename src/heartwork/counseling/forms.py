from __future__ import annotations

from django import forms

from heartwork.core.validation import TextRules
from heartwork.counseling import directory
from heartwork.counseling.services import NOTE_MAX


class NoteForm(TextRules, forms.Form):
    body = forms.CharField(
        max_length=NOTE_MAX,
        label="My plan for meanwhile",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Write a few words first, or leave it: keeping a note is up to you."
        },
        help_text="Only you can read this. It is stored encrypted and never sent anywhere.",
    )


class CountryForm(TextRules, forms.Form):
    """Which country's listings to show: a GET choice, never stored."""

    country = forms.ChoiceField(label="Places to look in", required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["country"].choices = directory.countries()  # type: ignore[attr-defined]
