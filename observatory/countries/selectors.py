"""Reading States."""

from observatory.core.languages import field_suffix
from observatory.core.text import sort_key

from .models import RegionalGroup, State


def states_in_name_order(language: str | None = None) -> list[State]:
    """Every State, sorted by its name in the given (or active) language, accents folded."""
    name = f"name_{field_suffix(language)}"
    return sorted(State.objects.all(), key=lambda state: sort_key(getattr(state, name)))


def states_by_group(language: str | None = None) -> list[tuple[RegionalGroup, list[State]]]:
    """States grouped by UN regional group, groups in UN order, names sorted in the language."""
    groups: dict[str, list[State]] = {group.value: [] for group in RegionalGroup}
    for state in states_in_name_order(language):
        groups[state.regional_group].append(state)
    return [(RegionalGroup(value), members) for value, members in groups.items() if members]


def state_by_iso3(iso3: str) -> State | None:
    """One State by its ISO 3166-1 alpha-3 code (any case), or None."""
    return State.objects.filter(iso3=iso3.upper()).first()
