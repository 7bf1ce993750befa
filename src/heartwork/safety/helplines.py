"""The help lines a page shows: for the country the reader picks, or this deployment's."""

from __future__ import annotations

from django.http import HttpRequest

from heartwork.safety import resources
from heartwork.safety.forms import CountryForm


def help_context(request: HttpRequest) -> dict[str, object]:
    """``help`` (a Directory) and the country chooser, for ``safety/_help.html``.

    The country is a GET choice, so it is never stored anywhere.
    """
    country = resources.normalize_country(request.GET.get("country", ""))
    form = CountryForm(initial={"country": country})
    return {"help": resources.directory(country), "country_form": form, "country": country}
