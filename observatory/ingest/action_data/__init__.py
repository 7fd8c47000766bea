"""Word lists of the actions stage, one module per kind of thing it recognises: operative verbs
(``verbs``), who is addressed (``actors``), where an addressee's phrase ends (``clauses``), conditions
(``conditions``), reporting duties (``reporting``) and session ordinals (``ordinals``).

Patterns are regular expressions written in each language's ordinary spelling, lowercase. The stage
folds both the patterns and the text the same way before matching (accents, Arabic hamza seats and
harakat, ё and й, typographic punctuation), so a pattern never has to spell a variant out.
"""
