"""Portal routes of the assistance pages (included by portal/urls.py under the portal namespace).

No two patterns match the same address: "new", "import" and "export.<fmt>" are no need's or offer's
number, and each is listed before the numbered pages."""

from django.urls import path

from . import assistance_views

urlpatterns = [
    path("assistance/", assistance_views.index, name="assistance"),
    path("assistance/needs/", assistance_views.needs, name="assistance_needs"),
    path("assistance/needs/new/", assistance_views.need_new, name="assistance_need_new"),
    path("assistance/needs/import/", assistance_views.needs_import, name="assistance_needs_import"),
    path("assistance/needs/export.<str:fmt>", assistance_views.needs_export, name="assistance_needs_export"),
    path("assistance/needs/<int:pk>/", assistance_views.need, name="assistance_need"),
    path("assistance/needs/<int:pk>/edit/", assistance_views.need_edit, name="assistance_need_edit"),
    path("assistance/needs/<int:pk>/status/", assistance_views.need_status, name="assistance_need_status"),
    path(
        "assistance/needs/<int:pk>/withdraw/", assistance_views.need_withdraw, name="assistance_need_withdraw"
    ),
    path("assistance/needs/<int:pk>/match/", assistance_views.need_propose, name="assistance_need_propose"),
    path("assistance/offers/", assistance_views.offers, name="assistance_offers"),
    path("assistance/offers/new/", assistance_views.offer_new, name="assistance_offer_new"),
    path(
        "assistance/offers/export.<str:fmt>", assistance_views.offers_export, name="assistance_offers_export"
    ),
    path("assistance/offers/<int:pk>/", assistance_views.offer, name="assistance_offer"),
    path("assistance/offers/<int:pk>/edit/", assistance_views.offer_edit, name="assistance_offer_edit"),
    path("assistance/matches/", assistance_views.matches, name="assistance_matches"),
    path("assistance/matches/suggest/", assistance_views.matches_suggest, name="assistance_matches_suggest"),
    path(
        "assistance/matches/<int:pk>/decision/",
        assistance_views.match_decision,
        name="assistance_match_decision",
    ),
]
