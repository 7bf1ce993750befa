from django.urls import path

from heartwork.journal import views

urlpatterns = [
    path("", views.entry_list, name="journal"),
    path("new/", views.entry_create, name="journal_new"),
    path("<uuid:entry_id>/", views.entry_detail, name="journal_detail"),
    path("<uuid:entry_id>/edit/", views.entry_edit, name="journal_edit"),
    path("<uuid:entry_id>/share/", views.entry_share, name="journal_share"),
    path("<uuid:entry_id>/delete/", views.entry_delete, name="journal_delete"),
]
