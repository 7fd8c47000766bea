"""Top-level URLs: the portal under a language prefix; the API and the back office without one."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from observatory.api.urls import api
from observatory.portal.admin_site import back_office

urlpatterns = [
    path("api/v1/", api.urls),
    path("back-office/", back_office.urls),
]
urlpatterns += i18n_patterns(path("", include("observatory.portal.urls")))

handler404 = "observatory.portal.errors.not_found"
handler403 = "observatory.portal.errors.forbidden"
handler500 = "observatory.portal.errors.server_error"
