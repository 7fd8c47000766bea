"""The `observatory` console command wraps Django's management commands under the project's name."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from observatory import cli


def test_hyphenated_names_reach_the_underscored_commands(monkeypatch):
    seen = []
    monkeypatch.setattr("django.core.management.execute_from_command_line", seen.append)
    cli.main(["whatever", "load-reference", "--help-me"])
    assert seen == [["observatory", "load_reference", "--help-me"]]


@pytest.mark.parametrize("arguments", [["help"], ["check"], ["load-reference", "--help"]])
def test_the_console_command_runs(arguments, tmp_path):
    command = Path(sys.executable).parent / "observatory"
    env = {**os.environ, "OBSERVATORY_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([command, *arguments], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    if arguments == ["help"]:
        for name in ("load_reference", "load_demo", "import_convention_status", "serve", "migrate"):
            assert name in result.stdout
    if arguments == ["check"]:
        assert "no issues" in result.stdout
    if arguments[0] == "load-reference":
        assert "Load the reference data" in result.stdout
