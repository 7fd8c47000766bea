"""Collection: calls for information, the self-assessment checklist, national sign-off and the ledger."""
