from __future__ import annotations

from django import forms

from heartwork.core.validation import TextRules
from heartwork.journal.services import BODY_MAX, TITLE_MAX


class EntryForm(TextRules, forms.Form):
    title = forms.CharField(max_length=TITLE_MAX, required=False, label="Title (optional)")
    body = forms.CharField(
        max_length=BODY_MAX,
        label="What's in your heart",
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": "Write a few words first; an empty entry can't be saved."},
    )
    shared = forms.BooleanField(
        required=False,
        label="Share this entry with my partner",
        help_text="Entries are private unless you tick this. You can change it any time.",
    )
