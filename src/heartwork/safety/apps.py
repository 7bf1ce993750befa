from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "heartwork.safety"
    label = "safety"
    verbose_name = "Safety: the private screen, help and quick exit"
