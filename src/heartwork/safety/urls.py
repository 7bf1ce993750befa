"""The safety screen lives under /for-you/: a path (and page titles) that say little in a
browser's history, since history is one thing quick exit cannot clear."""

from django.urls import path

from heartwork.safety import quick_exit, views

urlpatterns = [
    path("for-you/", views.screen, name="safety_screen"),
    path("for-you/next/", views.next_steps, name="safety_next"),
    path("for-you/couple-exercises/", views.joint, name="safety_joint"),
    path("for-you/delete/", views.delete, name="safety_delete"),
    path("for-you/plan/", views.plan, name="safety_plan"),
    path("for-you/not-now/", views.not_now, name="safety_not_now"),
    path("settings/leaving/", views.preferences, name="safety_preferences"),
    path("exit/", quick_exit.quick_exit, name="quick_exit"),
]
