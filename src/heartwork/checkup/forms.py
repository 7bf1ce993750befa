from __future__ import annotations

from django import forms

from heartwork.checkup.instrument import POINTS, Item, load
from heartwork.core.validation import TextRules


class SectionForm(TextRules, forms.Form):
    """One page of the check-up: a seven-point choice for each item of a section.

    Every item is optional here: whatever is answered is saved, and the rest can wait.
    """

    def __init__(
        self, *args: object, items: list[Item], initial_answers: dict[str, int], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        choices = [(str(v), label) for v, label in enumerate(load().scale, start=1)]
        for item in items:
            self.fields[item.key] = forms.TypedChoiceField(
                label=item.text,
                choices=choices,
                coerce=int,
                required=False,
                widget=forms.RadioSelect,
                initial=initial_answers.get(item.key),
            )

    def answered(self) -> dict[str, int]:
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}


class ClosenessForm(TextRules, forms.Form):
    closeness = forms.TypedChoiceField(
        choices=[(str(v), str(v)) for v in range(1, POINTS + 1)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Pick the picture that fits best."},
    )
