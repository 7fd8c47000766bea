"""Observatory: the open knowledge platform for the United Nations Convention against Corruption."""

__version__ = "0.1.0"
