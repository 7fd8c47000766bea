"""Ingestion: from a file to structured, referenced paragraphs (the extraction contract, DESIGN §4).

Stages: extract (formats → blocks) → segment (blocks → paragraphs with ids) → detect language →
extract references → parse actions → (store, classify, index). Each stage is a small module that can be
used and tested alone; ``pipeline`` runs them in order.
"""
