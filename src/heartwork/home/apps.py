from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The Today page: the layer above the feature apps, which gathers what each has new.

    It lives apart from ``core`` so that the ground every app stands on imports none of them.
    """

    name = "heartwork.home"
    label = "home"
    verbose_name = "Today"
