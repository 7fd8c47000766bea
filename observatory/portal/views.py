"""Public pages of the portal. Views are thin: they read through selectors and render."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from observatory.accounts.permissions import STATE_SCOPED, Action, can
from observatory.collection.selectors import published_submissions
from observatory.convention.models import Article, Chapter
from observatory.convention.selectors import article_by_number, chapters_with_articles, topic_tree
from observatory.countries.models import ConventionStatus, State
from observatory.countries.selectors import state_by_iso3, states_by_group


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
    """One article of the Convention, with what States reported on it in answer to calls."""
    found = article_by_number(number)
    if found is None:
        raise Http404
    reported = published_submissions(request.user, article=number)
    return render(request, "portal/article.html", {"article": found, "reported": reported})


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
    reported = published_submissions(request.user, state=found)
    return render(request, "portal/state.html", {"state": found, "reported": reported})


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
