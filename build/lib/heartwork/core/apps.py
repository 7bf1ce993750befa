from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "heartwork.core"
    label = "core"
    verbose_name = "Heartwork core"
