from django.apps import AppConfig


class PushConfig(AppConfig):
    name = "heartwork.push"
    label = "push"
    verbose_name = "Notifications on a device"

    def ready(self) -> None:
        from heartwork.push import receivers

        receivers.connect()
