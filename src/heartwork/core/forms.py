"""One look for every form: Django's renderer with Heartwork's field template.

Django writes "Name:" before each field and a checkbox after its label; ours writes the
label plainly, puts a checkbox before its label (as people expect to tap it), and keeps a
group of choices in a fieldset with its legend (``core/forms/field.html``). Set once as
``FORM_RENDERER``, so every form, allauth's included, looks the same.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates


class HeartworkFormRenderer(DjangoTemplates):
    field_template_name = "core/forms/field.html"
