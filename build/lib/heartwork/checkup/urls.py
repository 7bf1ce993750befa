from django.urls import path

from heartwork.checkup import views

urlpatterns = [
    path("", views.overview, name="checkup"),
    path("start/", views.start, name="checkup_start"),
    path("take/<slug:step>/", views.take, name="checkup_take"),
    path("answer/", views.answer, name="checkup_answer"),
    path("review/", views.review, name="checkup_review"),
    path("report/<int:round_number>/", views.report, name="checkup_report"),
    path("report/<int:round_number>/share/", views.share, name="checkup_share"),
    path("history/", views.history, name="checkup_history"),
    path("practices/", views.guide, name="checkup_guide"),
]
