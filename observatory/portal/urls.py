"""Portal URLs. They sit under a language prefix (/ar/, /zh-hans/, /en/, /fr/, /ru/, /es/)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import library_views, search_views, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("convention/", views.convention, name="convention"),
    path("convention/articles/<int:number>/", views.article, name="article"),
    path("topics/", views.topics, name="topics"),
    path("states/", views.states, name="states"),
    path("states/<str:iso3>/", views.state, name="state"),
    path("search/", search_views.search, name="search"),
    path("library/", library_views.library, name="library"),
    path("library/<path:key>/", library_views.document, name="document"),
    path("account/", views.account, name="account"),
    path("account/login/", views.LoginView.as_view(), name="login"),
    path("account/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
