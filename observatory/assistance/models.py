"""The technical-assistance register: needs, offers and their matches."""
