"""Template tags of the technical-assistance register: the State's section of its country profile, and the
names of the register's values (kinds, statuses, sources, regional groups) in the interface language."""

from django import template
from django.urls import reverse

from observatory.accounts.permissions import Action, can
from observatory.assistance.models import Decision, Kind, MatchMethod, NeedStatus, ProviderType, Source
from observatory.assistance.selectors import NeedFilters, filter_needs, is_open_for, shown_withdrawn
from observatory.countries.models import RegionalGroup
from observatory.library.models import Visibility

register = template.Library()

#: Needs listed on a country profile; the register's list has them all.
PROFILE_NEEDS = 10


@register.inclusion_tag("assistance/_state_section.html", takes_context=True)
def assistance_of_state(context, state):
    """The State's technical-assistance needs on its country profile, as the reader may see them: open
    ones first, then those being met and met, with links to the register."""
    user = context.get("user")
    needs = list(filter_needs(user, NeedFilters(state=state.iso3)))
    needs.sort(key=lambda need: (not is_open_for(user, need), need.status == NeedStatus.MET))
    register_url = reverse("portal:assistance_needs") + f"?state={state.iso3}"
    return {
        "state": state,
        "rows": [{"need": need, "withdrawn": shown_withdrawn(user, need)} for need in needs[:PROFILE_NEEDS]],
        "total": len(needs),
        "open_total": sum(1 for need in needs if is_open_for(user, need)),
        "register_url": register_url,
        "dashboard_url": reverse("portal:assistance") + f"?state={state.iso3}",
        "declare_url": reverse("portal:assistance_need_new") + f"?state={state.iso3}"
        if getattr(user, "is_authenticated", False) and can(user, Action.DECLARE_ASSISTANCE_NEED, state)
        else "",
    }


def _label(choices, value) -> str:
    return str(dict(choices).get(value, value))


@register.filter
def need_kind(value: str) -> str:
    """The name of a kind of assistance of the register."""
    return _label(Kind.choices, value)


@register.filter
def need_status(value: str) -> str:
    """The name of a need's status."""
    return _label(NeedStatus.choices, value)


@register.filter
def need_source(value: str) -> str:
    """The name of a need's source."""
    return _label(Source.choices, value)


@register.filter
def group_label(value: str) -> str:
    """The name of a regional group."""
    return _label(RegionalGroup.choices, value)


@register.filter
def visibility_label(value: str) -> str:
    """The name of a visibility level."""
    return _label(Visibility.choices, value)


@register.filter
def provider_type(value: str) -> str:
    """The name of a type of provider."""
    return _label(ProviderType.choices, value)


@register.filter
def decision_label(value: str) -> str:
    """The name of a decision on a match."""
    return _label(Decision.choices, value)


@register.filter
def match_method(value: str) -> str:
    """How a match was found."""
    return _label(MatchMethod.choices, value)


@register.filter
def percent(value) -> str:
    """A score from 0 to 1 as a whole percentage ("0.62" → "62")."""
    try:
        return str(round(float(value) * 100))
    except (TypeError, ValueError):
        return ""
