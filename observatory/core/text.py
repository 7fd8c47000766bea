"""Small text helpers shared by every app."""

import unicodedata


def sort_key(text: str) -> str:
    """A key that sorts names the same way on every database: accents and case folded
    ("Émirats" beside "Égypte", not after "Zimbabwe")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
