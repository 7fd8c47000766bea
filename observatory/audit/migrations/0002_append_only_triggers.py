"""Make the audit log append-only in the database itself, on SQLite and PostgreSQL alike."""

from django.db import migrations

from observatory.audit import append_only


def forward(apps, schema_editor):
    append_only.install(schema_editor.connection)


def backward(apps, schema_editor):
    append_only.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
