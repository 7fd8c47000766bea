"""Background papers: the synthesis of what States reported on a call, a topic or a set of articles."""
