"""Heartwork's URLs plus one page that fails, to see the 500 page a person would get."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from heartwork.urls import handler500
from heartwork.urls import urlpatterns as heartwork_urlpatterns


def fails(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug, on purpose")


urlpatterns = [path("fails/", fails), *heartwork_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
