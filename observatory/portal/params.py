"""Reading query-string parameters the same way on every page."""


def bounded_int(value: str | None, low: int, high: int) -> int | None:
    """An integer between ``low`` and ``high``, or None for anything else (blank, text, out of range)."""
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if low <= number <= high else None
