from django.urls import path

from heartwork.daily import views

urlpatterns = [
    path("", views.question, name="daily"),
    path("earlier/", views.earlier, name="daily_earlier"),
    path("checkins/", views.checkins, name="daily_checkins"),
    path("appreciations/", views.appreciations, name="daily_appreciations"),
    path("time/", views.quality_time, name="daily_time"),
    path("time/<uuid:plan_id>/done/", views.plan_done, name="daily_plan_done"),
    path("time/<uuid:plan_id>/change/", views.plan_change, name="daily_plan_change"),
    path("promises/", views.promises, name="daily_promises"),
    path("promises/<uuid:promise_id>/change/", views.promise_change, name="daily_promise_change"),
    path("promises/<uuid:promise_id>/mark/", views.promise_mark, name="daily_promise_mark"),
    path("promises/<uuid:promise_id>/tell/", views.promise_tell, name="daily_promise_tell"),
    path("settings/", views.daily_settings, name="daily_settings"),
]
