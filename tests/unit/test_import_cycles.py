"""No import circles among the project's modules (tools/import_cycles.py), and the check
itself finds one when there is one."""
from __future__ import annotations

from tools import import_cycles


def test_the_project_has_no_import_circles():
    edges = import_cycles.graph()
    assert "bot.directory.models" in edges["bot.storage.tables"]  # the graph sees real imports
    assert "bot.wiring" in edges["bot.conversations.tracker_store"]
    assert import_cycles.cycles(edges) == []


def test_a_circle_through_a_function_level_import_is_found(tmp_path):
    (tmp_path / "bot" / "feature").mkdir(parents=True)
    (tmp_path / "actions").mkdir()
    (tmp_path / "bot" / "__init__.py").write_text("")
    (tmp_path / "bot" / "feature" / "__init__.py").write_text("")
    (tmp_path / "bot" / "feature" / "a.py").write_text("from bot.feature import b\n")
    (tmp_path / "bot" / "feature" / "b.py").write_text("def later():\n    from . import c\n")
    (tmp_path / "bot" / "feature" / "c.py").write_text("import bot.feature.a\n")
    (tmp_path / "bot" / "alone.py").write_text("from bot.feature import a\n")
    assert import_cycles.cycles(import_cycles.graph(tmp_path)) == [["bot.feature.a", "bot.feature.b", "bot.feature.c"]]
