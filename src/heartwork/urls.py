from django.urls import include, path

from heartwork.api import api
from heartwork.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("health/", core_views.health, name="health"),
    path("accounts/", include("allauth.urls")),
    path("journal/", include("heartwork.journal.urls")),
    path("coach/", include("heartwork.coach.web.urls")),
    path("checkup/", include("heartwork.checkup.urls")),
    path("daily/", include("heartwork.daily.urls")),
    path("settings/", include("heartwork.export.urls")),
    path("", include("heartwork.accounts.urls")),
    path("", include("heartwork.safety.urls")),
    path("api/", api.urls),
]
