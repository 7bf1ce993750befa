from django.urls import path

from heartwork.journal import views

urlpatterns = [
    path("", views.entry_list, name="journal"),
    path("new/", views.entry_create, name="journal_new"),
    path("<int:pk>/", views.entry_detail, name="journal_detail"),
    path("<int:pk>/edit/", views.entry_edit, name="journal_edit"),
    path("<int:pk>/share/", views.entry_share, name="journal_share"),
    path("<int:pk>/delete/", views.entry_delete, name="journal_delete"),
]
