"""Heartwork's URLs plus a stand-in for the neutral site, for the quick-exit browser tests.

The stand-in is a page of the same origin, so that what the pages wrote down in the
tab's sessionStorage can be read there, and a redirect (the button without JavaScript)
reaches it like any other address.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from heartwork.urls import urlpatterns as heartwork

NEUTRAL_PAGE = "<!DOCTYPE html><title>Weather</title><h1>Weather</h1><p>Sunny all day.</p>"


def weather(request: HttpRequest) -> HttpResponse:
    return HttpResponse(NEUTRAL_PAGE)


urlpatterns = [path("__neutral__/weather", weather), *heartwork]
