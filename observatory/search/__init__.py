"""Search: one interface over lexical and semantic backends."""
