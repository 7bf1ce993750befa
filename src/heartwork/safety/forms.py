from __future__ import annotations

from django import forms

from heartwork.core.validation import TextRules
from heartwork.safety import resources
from heartwork.safety.screen import CHOICES, QUESTIONS


class ScreenForm(TextRules, forms.Form):
    """One question a field, every one optional: leaving one out is an answer too."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for question in QUESTIONS:
            self.fields[question.key] = forms.ChoiceField(
                label=question.text,
                choices=CHOICES,
                required=False,
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": "Please choose one of the answers shown, or leave it."
                },
            )

    def answers(self) -> dict[str, str]:
        return {key: value for key, value in self.cleaned_data.items() if value}


class JointForm(TextRules, forms.Form):
    joint = forms.ChoiceField(
        choices=[("paused", "Pause them for me"), ("open", "Keep them open")],
        error_messages={"required": "Choose whether to pause or keep them open."},
    )


class PreferencesForm(TextRules, forms.Form):
    """Posted from ``safety/_settings.html``, which draws the two boxes itself."""

    keep_signed_in = forms.BooleanField(required=False)
    neutral_titles = forms.BooleanField(required=False)


class CountryForm(TextRules, forms.Form):
    country = forms.ChoiceField(label="Help for", required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["country"].choices = resources.countries()  # type: ignore[attr-defined]
