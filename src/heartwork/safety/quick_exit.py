"""Quick exit's server side: end the session and send the browser to the neutral site.

The button on every page is a form that POSTs here, so it leaves and signs out with
JavaScript off too; with JavaScript, ``quick-exit.js`` blanks the page, tells this view
with ``navigator.sendBeacon`` and replaces the page with the neutral site at once.

Cross-site requests: this view is exempt from Django's CSRF check, because a quick exit
must never stop at a "forbidden" page (a token can go stale in a tab left open). It
decides for itself: it signs the browser out only for a request that comes from
Heartwork's own pages (``Sec-Fetch-Site: same-origin``, or failing that an ``Origin`` or
``Referer`` of this site). Another site can therefore make a browser visit the neutral
site, which it could anyway, but never sign a person out (and lose what they were
typing). The session cookie is ``SameSite=Lax``, so a cross-site POST does not even carry
it. A GET never signs anyone out; it only leaves.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from heartwork.safety.services import quick_exit_ends_session


def from_our_pages(request: HttpRequest) -> bool:
    """Whether the browser says this request was made by one of our own pages."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    ours = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin in ours
    referer = urlsplit(request.headers.get("Referer", ""))
    return bool(referer.netloc) and f"{referer.scheme}://{referer.netloc}" in ours


@never_cache
@csrf_exempt
def quick_exit(request: HttpRequest) -> HttpResponse:
    """Sign out (unless the person chose "just leave") and go to the neutral site."""
    if (
        request.method == "POST"
        and from_our_pages(request)
        and quick_exit_ends_session(request.user)  # type: ignore[arg-type]
    ):
        logout(request)
    if request.POST.get("beacon"):
        return HttpResponse(status=204)  # the page has already gone; nothing to follow
    response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    response.status_code = 303
    return response
