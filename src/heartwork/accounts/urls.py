from django.urls import path

from heartwork.accounts import views

urlpatterns = [
    path("couple/", views.couple_home, name="couple"),
    path("couple/invite/", views.couple_invite, name="couple_invite"),
    path("couple/invite/cancel/", views.couple_invite_cancel, name="couple_invite_cancel"),
    path("couple/join/", views.couple_join, name="couple_join"),
    path("couple/join/<str:token>/", views.couple_join_link, name="couple_join_link"),
    path("couple/leave/", views.couple_leave, name="couple_leave"),
    path("settings/", views.settings_home, name="settings"),
    path("settings/tokens/", views.tokens, name="tokens"),
    path("settings/tokens/<uuid:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("settings/sessions/", views.sessions_page, name="sessions"),
    path("settings/sessions/end-others/", views.sessions_end_others, name="sessions_end_others"),
    path("settings/sessions/<str:session_id>/end/", views.session_end, name="session_end"),
    path("settings/delete/", views.account_delete, name="account_delete"),
]
