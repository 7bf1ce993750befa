from django.urls import include, path
from django.views.generic import RedirectView

from heartwork.accounts.second_factor.urls import allauth_patterns
from heartwork.api import api
from heartwork.report.urls import counselor_urlpatterns

# Heartwork's own page, with the quick exit, whatever went wrong (home/views.py says why
# it needs no database).
handler500 = "heartwork.home.views.server_error"

urlpatterns = [
    path("", include("heartwork.home.urls")),
    # allauth's own sessions page shows raw addresses and can't end one session: ours
    # (Settings → Where you're signed in) replaces it.
    path("accounts/sessions/", RedirectView.as_view(pattern_name="sessions")),
    path("accounts/", include(allauth_patterns())),
    path("journal/", include("heartwork.journal.urls")),
    path("coach/", include("heartwork.coach.web.urls")),
    path("checkup/", include("heartwork.checkup.urls")),
    path("daily/", include("heartwork.daily.urls")),
    path("conflict/", include("heartwork.conflict.urls")),
    path("together/", include("heartwork.together.urls")),
    path("settings/", include("heartwork.export.urls")),
    path("settings/notifications/", include("heartwork.push.urls")),
    path("", include("heartwork.accounts.urls")),
    path("", include("heartwork.safety.urls")),
    path("counseling/", include("heartwork.counseling.urls")),
    path("reports/", include("heartwork.report.urls")),
    path("r/", include(counselor_urlpatterns)),
    path("api/", api.urls),
    path("", include("heartwork.pwa.urls")),
]
