"""Article pages, country pages and the coverage of the Convention: what the platform knows, by article
and by State, read at the reader's visibility."""
