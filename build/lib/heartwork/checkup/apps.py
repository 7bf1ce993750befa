from django.apps import AppConfig


class CheckupConfig(AppConfig):
    name = "heartwork.checkup"
    label = "checkup"
    verbose_name = "Closeness check-up"
