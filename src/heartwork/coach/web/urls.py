from django.urls import path

from heartwork.coach.web import views

urlpatterns = [
    path("", views.say_it_kindly, name="coach"),
    path("hint/", views.hint, name="coach_hint"),
    path("help/", views.getting_help, name="coach_help"),
    path("listen/journal/<uuid:entry_id>/", views.listen_to_entry, name="coach_listen_entry"),
]
