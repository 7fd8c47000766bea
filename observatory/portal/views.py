"""Public pages of the portal. Views are thin: they read through selectors and render."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from observatory.accounts.permissions import STATE_SCOPED, Action, can
from observatory.convention.models import Article, Chapter
from observatory.convention.selectors import article_by_number, chapters_with_articles, topic_tree
from observatory.countries.models import ConventionStatus, RegionalGroup, State
from observatory.countries.selectors import state_by_iso3, states_by_group
from observatory.profiles.coverage import coverage_table, map_figures
from observatory.profiles.selectors import article_map_figures, article_profile, country_profile

from .world_map import world_map


def home(request):
    """The front page: what the observatory holds, and where to start."""
    return render(
        request,
        "portal/home.html",
        {
            "article_count": Article.objects.count(),
            "chapter_count": Chapter.objects.count(),
            "state_count": State.objects.count(),
            "party_count": State.objects.filter(convention_status=ConventionStatus.PARTY).count(),
        },
    )


def convention(request):
    """The Convention: chapters and their articles."""
    return render(request, "portal/convention.html", {"chapters": chapters_with_articles()})


def article(request, number: int):
    """One article of the Convention: what States reported on it (answers and documents, by regional
    group, the most recent), good practices, related mandates, open assistance needs, documents."""
    found = article_by_number(number)
    if found is None:
        raise Http404
    profile = article_profile(request.user, found)
    return render(
        request,
        "portal/article.html",
        {
            "article": found,
            "profile": profile,
            "reported": profile.reported,
            "map": world_map(article_map_figures(profile)),
        },
    )


def topics(request):
    """The topics taxonomy of corruption prevention."""
    return render(request, "portal/topics.html", {"tree": topic_tree()})


def states(request):
    """Every State, by regional group."""
    return render(request, "portal/states.html", {"groups": states_by_group()})


def state(request, iso3: str):
    """One State: names, group, status under the Convention, and its published answers to calls."""
    found = state_by_iso3(iso3)
    if found is None:
        raise Http404
    profile = country_profile(request.user, found)
    return render(
        request, "portal/state.html", {"state": found, "profile": profile, "reported": profile.calls}
    )


def coverage(request):
    """Which State reported on which article, and how recently: a table, narrowed by chapter and group."""
    chapter = request.GET.get("chapter", "")
    group = request.GET.get("group", "")
    chapters = list(Chapter.objects.order_by("number"))
    chosen = next((c.number for c in chapters if str(c.number) == chapter), None)
    groups = dict(RegionalGroup.choices)
    group = group if group in groups else ""
    table = coverage_table(request.user, chapter=chosen, group=group)
    context = {
        "table": table,
        "chapters": chapters,
        "chapter": chosen,
        "groups": groups,
        "group": group,
        "map": world_map(map_figures(table)),
    }
    return render(request, "portal/coverage.html", context)


@login_required
def account(request):
    """The signed-in user's role, State and what that role may do."""
    user = request.user
    allowed = [
        action
        for action in Action
        if (action not in STATE_SCOPED and can(user, action))
        or (action in STATE_SCOPED and user.state_id and can(user, action, user.state))
    ]
    return render(request, "portal/account.html", {"allowed_actions": allowed})


class LoginView(auth_views.LoginView):
    """Sign in. Throttled by django-axes; CSRF-protected like every form."""

    template_name = "portal/login.html"
    redirect_authenticated_user = True


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown after too many failed sign-ins (django-axes)."""
    return render(request, "portal/locked_out.html", status=429)
