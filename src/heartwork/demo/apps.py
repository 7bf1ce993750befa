from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo couple (``heartwork demo``): it writes through every feature app's services,
    so it sits above them, never in ``core``."""

    name = "heartwork.demo"
    label = "demo"
    verbose_name = "The demo couple"
