"""allauth's pages, less the routes that address a passkey by its row number.

allauth serves ``2fa/webauthn/keys/<int:pk>/edit/`` and ``…/remove/``. Heartwork names
passkeys itself (nothing to edit) and removes them at ``2fa/passkeys/<id>/remove/``
with a random-looking id (``passkeys.py`` says why), so those two are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.urls import URLPattern, URLResolver, path

from heartwork.accounts.second_factor import views

PASSKEY_BY_ROW = "keys/<int:pk>/"


def allauth_patterns() -> list[URLPattern | URLResolver]:
    """Everything ``allauth.urls`` serves (whichever of its apps are installed), less the
    passkey routes by row number, plus Heartwork's passkey removal."""
    from allauth import urls

    return [
        *_without_passkey_rows(urls.urlpatterns),
        path("2fa/passkeys/<str:passkey_id>/remove/", views.passkey_remove, name="passkey_remove"),
    ]


def _without_passkey_rows(
    patterns: Sequence[URLPattern | URLResolver],
) -> list[URLPattern | URLResolver]:
    kept: list[URLPattern | URLResolver] = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern) == PASSKEY_BY_ROW:
                continue
            pattern = URLResolver(
                pattern.pattern,
                _without_passkey_rows(pattern.url_patterns),
                pattern.default_kwargs,
                pattern.app_name,
                pattern.namespace,
            )
        kept.append(pattern)
    return kept
