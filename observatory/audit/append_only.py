"""The database triggers that make the audit log append-only, on SQLite and PostgreSQL.

Installed by migration 0002. ``suspended`` lifts them for the one job that must empty the table: wiping
a throwaway test database between tests. Nothing in the platform calls it.
"""

from contextlib import contextmanager

TABLE = "audit_auditentry"
MESSAGE = "the audit log is append-only"

_INSTALL = {
    "sqlite": [
        f"CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;",
        f"CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;",
    ],
    "postgresql": [
        f"""CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$;""",
        f"DROP TRIGGER IF EXISTS audit_no_update_delete ON {TABLE};",
        f"""CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON {TABLE}
            FOR EACH ROW EXECUTE FUNCTION audit_append_only();""",
        # TRUNCATE bypasses row triggers; a statement trigger stops it too.
        f"DROP TRIGGER IF EXISTS audit_no_truncate ON {TABLE};",
        f"""CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON {TABLE}
            FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();""",
    ],
}
_REMOVE = {
    "sqlite": ["DROP TRIGGER IF EXISTS audit_no_update;", "DROP TRIGGER IF EXISTS audit_no_delete;"],
    "postgresql": [
        f"DROP TRIGGER IF EXISTS audit_no_truncate ON {TABLE};",
        f"DROP TRIGGER IF EXISTS audit_no_update_delete ON {TABLE};",
        "DROP FUNCTION IF EXISTS audit_append_only();",
    ],
}


def _run(connection, statements: dict[str, list[str]]) -> None:
    if connection.vendor not in statements:
        raise RuntimeError(f"the audit log has no append-only triggers for {connection.vendor}")
    with connection.cursor() as cursor:
        for statement in statements[connection.vendor]:
            cursor.execute(statement)


def install(connection) -> None:
    """Create the triggers (idempotent)."""
    _run(connection, _INSTALL)


def remove(connection) -> None:
    """Drop the triggers."""
    _run(connection, _REMOVE)


@contextmanager
def suspended(connection):
    """Lift the triggers for the duration of the block, then put them back."""
    remove(connection)
    try:
        yield
    finally:
        install(connection)
