from django.apps import AppConfig


class CoachWebConfig(AppConfig):
    """The web side of the coach: pages, hints and API over ``heartwork.coach``."""

    name = "heartwork.coach.web"
    label = "coach"
    verbose_name = "Communication coach"
