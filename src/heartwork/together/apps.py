from django.apps import AppConfig


class TogetherConfig(AppConfig):
    name = "heartwork.together"
    label = "together"
    verbose_name = "Answering each other"
