"""`python -m bot directory export` writes the tables back to the seed files: an unedited
directory gives the very same bytes, an edit changes only its own lines, and what is
written loads back to the same directory. Start-up never loads the files over edits."""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import shutil

import pytest

from bot import settings
from bot.directory import editing, export, loader, models, queries
from bot.directory.schema import read_directory
from bot.storage import db

FILES = ("organisations.yml", "situations.yml", "crisis.yml")


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    seed = tmp_path / "seed"
    shutil.copytree(settings.load().directory_dir, seed, ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.setenv("DIRECTORY_DIR", str(seed))
    settings.load.cache_clear()
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    assert loader.sync(url=url) == loader.LOADED
    yield seed, url
    settings.load.cache_clear()


def current(url):
    with db.session_scope(url) as session:
        version = session.get(models.DirectoryVersionRow, 1)
        return queries.read(session, version.research_date), version


def edit(url, service_id, **changes):
    directory, _ = current(url)
    proposal = editing.Proposal(dataclasses.replace(directory.services[service_id], **changes),
                                editing.situations_of(directory, service_id))
    checked, _notes = editing.check(proposal, directory, dt.date.today())
    with db.session_scope(url) as session:
        return editing.apply(session, checked, "test.admin", dt.datetime.utcnow())


def test_an_unedited_directory_exports_to_the_same_bytes(seeded, tmp_path):
    seed, url = seeded
    export.export(tmp_path / "out", url=url)
    for name in FILES:
        assert (tmp_path / "out" / name).read_bytes() == (seed / name).read_bytes(), name


def test_an_edit_changes_only_its_own_lines_and_loads_back_the_same(seeded, tmp_path):
    seed, url = seeded
    directory, _ = current(url)
    service = directory.services["mencap_helpline"]
    phone = next(c for c in service.contacts if c.channel == "phone")
    new_phone = dataclasses.replace(phone, value="020 7946 0111", checked=dt.date.today())
    added = dataclasses.replace(phone, channel="hours", value="Monday to Friday, 9am to 5pm", label="",
                                checked=dt.date.today(), verified=False)
    contacts = tuple(new_phone if c == phone else c for c in service.contacts) + (added,)
    assert edit(url, "mencap_helpline", contacts=contacts, max_age=90)
    before = {name: (seed / name).read_text() for name in FILES}
    assert export.export(url=url) == ["organisations.yml"]
    diff = [line for line in difflib.unified_diff(before["organisations.yml"].splitlines(),
                                                  (seed / "organisations.yml").read_text().splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert f'-            value: "{phone.value}"' in diff and '+            value: "020 7946 0111"' in diff
    assert "+        max_age: 90" in diff and '+            value: "Monday to Friday, 9am to 5pm"' in diff
    assert "+            verified: false" in diff
    assert len(diff) == 10, diff  # and nothing else moved
    assert "# ---------------------------------------------------------------- Carers' Hub Lambeth" in \
        (seed / "organisations.yml").read_text()  # comments stay
    edited, version = current(url)
    assert version.edited_at is None  # the files now hold the edits
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert loader.sync(url=fresh) == loader.LOADED
    assert current(fresh)[0] == edited == read_directory(seed)


def test_start_up_keeps_edits_made_in_the_app(seeded):
    seed, url = seeded
    edit(url, "mencap_helpline", summary="Edited in the staff app.")
    text = (seed / "situations.yml").read_text()
    (seed / "situations.yml").write_text(text + "\n# a later change to the files\n")
    assert loader.sync(url=url) == loader.KEPT_EDITS
    assert current(url)[0].services["mencap_helpline"].summary == "Edited in the staff app."
    assert loader.sync(url=url, discard_edits=True) == loader.LOADED
    assert current(url)[0].services["mencap_helpline"].summary != "Edited in the staff app."


def test_files_changed_with_no_app_edits_load_as_before(seeded):
    seed, url = seeded
    text = (seed / "organisations.yml").read_text()
    (seed / "organisations.yml").write_text(text.replace('"0808 808 1111"', '"0808 808 1112"'))
    assert loader.sync(url=url) == loader.LOADED
    values = {c.value for c in current(url)[0].services["mencap_helpline"].contacts}
    assert "0808 808 1112" in values and "0808 808 1111" not in values


def test_a_service_added_by_an_import_exports_and_loads_back(seeded, tmp_path):
    seed, url = seeded
    directory, _ = current(url)
    model = directory.services["mencap_helpline"]
    new = dataclasses.replace(
        model, id="brixton_coffee_morning", organisation_id="brixton_neighbours", organisation_name="Brixton Neighbours",
        organisation_kind="local_charity", organisation_web="https://example.org", name="Brixton Coffee Morning",
        summary="A weekly coffee morning for carers.", eligibility="Carers in Brixton.", notes="",
        oruk_id="0b8e4c1e-8f3a-4c55-9d2f-1c2b3a4d5e6f", min_age=None, max_age=None, cared_for_min_age=None,
        cared_for_max_age=None,
        contacts=(dataclasses.replace(model.contacts[0], value="020 7946 0999", verified=False,
                                      source="file:///tmp/feed.json", checked=dt.date.today()),))
    checked, _notes = editing.check(editing.Proposal(new, ()), directory, dt.date.today())
    with db.session_scope(url) as session:
        assert editing.apply(session, checked, "import-oruk file:///tmp/feed.json", dt.datetime.utcnow())
    export.export(url=url)
    text = (seed / "organisations.yml").read_text()
    assert "- id: brixton_neighbours" in text and 'oruk_id: 0b8e4c1e-8f3a-4c55-9d2f-1c2b3a4d5e6f' in text
    loaded = read_directory(seed)
    assert loaded.services["brixton_coffee_morning"] == current(url)[0].services["brixton_coffee_morning"]
