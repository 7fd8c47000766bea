"""Portal routes of the assistance pages (included by portal/urls.py under the portal namespace)."""

from django.urls import path

from . import assistance_views

urlpatterns = [
    path("assistance/", assistance_views.index, name="assistance"),
]
