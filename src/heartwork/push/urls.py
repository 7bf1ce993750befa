from django.urls import path

from heartwork.push import views

urlpatterns = [
    path("on/", views.push_on, name="push_on"),
    path("off/", views.push_off, name="push_off"),
    path("off-everywhere/", views.push_off_everywhere, name="push_off_everywhere"),
]
