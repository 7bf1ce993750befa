from django.apps import AppConfig


class CounselingConfig(AppConfig):
    name = "heartwork.counseling"
    label = "counseling"
    verbose_name = "Seeking help: when to suggest counseling, and where to find it"

    def ready(self) -> None:
        from heartwork.counseling import receivers

        receivers.connect()
