from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "heartwork.accounts"
    label = "accounts"
    verbose_name = "Accounts and couples"
