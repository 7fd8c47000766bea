"""Facet columns on the search entries and the multi-valued facets (search_searchlabel).

On SQLite, adding columns makes Django rebuild search_searchentry, which drops the triggers that keep
the full-text table in step: they are made again and the full-text table rebuilt from the entries.
Existing entries get their new facets from `observatory reindex`."""

import importlib

import django.db.models.deletion
from django.db import migrations, models

full_text = importlib.import_module("observatory.search.migrations.0002_full_text")


def restore_full_text(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in full_text.SQLITE[1:]:  # the triggers; the FTS table itself survives
        name = statement.split()[2]
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(statement)
    schema_editor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_generation"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="body",
            field=models.CharField(blank=True, max_length=30),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="region",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="session",
            field=models.CharField(blank=True, max_length=40),
        ),
        migrations.CreateModel(
            name="SearchLabel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "facet",
                    models.CharField(
                        choices=[
                            ("article", "Article"),
                            ("chapter", "Chapter"),
                            ("topic", "Topic"),
                            ("mentioned", "Mentioned"),
                        ],
                        max_length=12,
                    ),
                ),
                ("value", models.CharField(max_length=80)),
                (
                    "entry",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="labels",
                        to="search.searchentry",
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["facet", "value"], name="search_sear_facet_f76bb3_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("entry", "facet", "value"), name="search_label_once")
                ],
            },
        ),
        migrations.RunPython(restore_full_text, migrations.RunPython.noop),
    ]
