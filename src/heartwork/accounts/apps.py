from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "heartwork.accounts"
    label = "accounts"
    verbose_name = "Accounts and couples"

    def ready(self) -> None:
        from allauth.account import signals

        from heartwork.accounts import receivers

        signals.password_changed.connect(receivers.password_changed)
        signals.password_set.connect(receivers.password_changed)
        signals.password_reset.connect(receivers.password_reset)
