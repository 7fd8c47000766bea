"""Portal routes of the directory pages (included by portal/urls.py under the portal namespace).

Every address starts with "directory/", and the fixed words (export, new, validation, import, confirm)
are never numbers, so no two patterns match the same address and none collides with another app's.
"""

from django.urls import path

from . import directory_views

urlpatterns = [
    path("directory/", directory_views.index, name="directory"),
    path("directory/export.<str:fmt>", directory_views.export, name="directory_export"),
    path("directory/new/", directory_views.new, name="directory_new"),
    path("directory/validation/", directory_views.validation, name="directory_validation"),
    path("directory/validation/<int:version>/", directory_views.decide, name="directory_decide"),
    path("directory/import/", directory_views.import_page, name="directory_import"),
    # The link of the yearly reconfirmation e-mail: GET shows a button, POST confirms.
    path("directory/confirm/<str:token>/", directory_views.confirm_link, name="directory_confirm_link"),
    path("directory/<int:pk>/", directory_views.authority, name="directory_authority"),
    path("directory/<int:pk>/edit/", directory_views.edit, name="directory_edit"),
    path("directory/<int:pk>/confirm/", directory_views.confirm, name="directory_confirm"),
    path("directory/<int:pk>/history/", directory_views.history_page, name="directory_history"),
]
