"""Portal routes of the directory pages (included by portal/urls.py under the portal namespace)."""

from django.urls import path

from . import directory_views

urlpatterns = [
    path("directory/", directory_views.index, name="directory"),
]
