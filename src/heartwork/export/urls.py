from django.urls import path

from heartwork.export import views

urlpatterns = [
    path("export.json", views.export_json, name="export_json"),
    path("export/", views.export_page, name="export"),
]
