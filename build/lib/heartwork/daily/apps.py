from django.apps import AppConfig


class DailyConfig(AppConfig):
    name = "heartwork.daily"
    label = "daily"
    verbose_name = "Daily connection"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from heartwork.daily.questions import sync_builtin_packs

        post_migrate.connect(sync_builtin_packs, sender=self)
