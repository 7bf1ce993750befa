from django.urls import path

from heartwork.counseling import views

urlpatterns = [
    path("", views.page, name="counseling"),
    path("plan/", views.plan, name="counseling_plan"),
    path("plan/delete/", views.plan_delete, name="counseling_plan_delete"),
]
