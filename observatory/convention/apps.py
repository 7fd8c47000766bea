from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConventionConfig(AppConfig):
    name = "observatory.convention"
    label = "convention"
    verbose_name = _("The Convention")
