from django.apps import AppConfig


class ConflictConfig(AppConfig):
    name = "heartwork.conflict"
    label = "conflict"
    verbose_name = "Conflict room"

    def ready(self) -> None:
        """Feed the "seek help" rule the room's count of topics that keep ending unresolved."""
        from heartwork.conflict.unresolved import unresolved_count
        from heartwork.counseling.rules import unresolved_topics_source

        unresolved_topics_source(unresolved_count)
