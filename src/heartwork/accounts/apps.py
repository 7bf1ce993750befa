from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "heartwork.accounts"
    label = "accounts"
    verbose_name = "Accounts and couples"

    def ready(self) -> None:
        from allauth.account import signals

        from heartwork.accounts import receivers
        from heartwork.core.encryption import rotate_other_secrets

        signals.password_changed.connect(receivers.password_changed)
        signals.password_set.connect(receivers.password_changed)
        signals.password_reset.connect(receivers.password_reset)
        rotate_other_secrets.connect(receivers.second_factor_secrets_rotate)
