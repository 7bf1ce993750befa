"""One look for every form: Django's renderer with Heartwork's field template.

Django writes "Name:" before each field and a checkbox after its label; ours writes the
label plainly, puts a checkbox before its label (as people expect to tap it), and keeps a
group of choices in a fieldset with its legend (``core/forms/field.html``). Set once as
``FORM_RENDERER``, so every form, allauth's included, looks the same.
"""

from __future__ import annotations

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeString


class HeartworkFormRenderer(DjangoTemplates):
    field_template_name = "core/forms/field.html"


class RendersOnce:
    """For a form shown under each item of a list, the same fresh form under every one
    (e.g. "Mark it done" under each coming plan): its HTML is made at the first item and
    reused for the rest of the page. The form lives for one request, so nothing is kept
    beyond the page it is rendered on."""

    _rendered: SafeString | None = None

    def render(
        self, template_name: str | None = None, context: Any = None, renderer: Any = None
    ) -> SafeString:
        if template_name is not None or context is not None or renderer is not None:
            return super().render(template_name, context, renderer)  # type: ignore[misc]
        if self._rendered is None:
            self._rendered = super().render()  # type: ignore[misc]
        return self._rendered

    __str__ = render
    __html__ = render
