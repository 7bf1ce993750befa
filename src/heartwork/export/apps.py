from django.apps import AppConfig


class ExportConfig(AppConfig):
    name = "heartwork.export"
    label = "export"
    verbose_name = "Export"
