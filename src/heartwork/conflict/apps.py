from django.apps import AppConfig


class ConflictConfig(AppConfig):
    name = "heartwork.conflict"
    label = "conflict"
    verbose_name = "Conflict room"
