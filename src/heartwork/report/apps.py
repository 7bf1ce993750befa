from django.apps import AppConfig


class ReportConfig(AppConfig):
    name = "heartwork.report"
    label = "report"
    verbose_name = "Reports for a counselor"
