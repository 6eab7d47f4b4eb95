"""Loading validates the directory and names the file, the entry and the field."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot import settings
from bot.directory.schema import is_valid_phone, read_directory, DirectoryError


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in ("organisations.yml", "situations.yml", "crisis.yml"):
        shutil.copy(settings.load().directory_dir / name, tmp_path / name)
    return tmp_path


def edit(path: Path, change) -> None:
    content = yaml.safe_load(path.read_text())
    change(content)
    path.write_text(yaml.safe_dump(content, sort_keys=False))


def service(content: dict, service_id: str) -> dict:
    return next(s for org in content["organisations"] for s in org["services"] if s["id"] == service_id)


def test_the_real_directory_is_valid():
    directory = read_directory()
    assert "carers_hub_lambeth" in directory.services
    assert all(directory.situations.values())


def test_missing_source_is_named(data):
    edit(data / "organisations.yml", lambda c: service(c, "samaritans")["contacts"][0].pop("source"))
    with pytest.raises(DirectoryError) as error:
        read_directory(data)
    assert (error.value.file, error.value.entry, error.value.field) == ("organisations.yml", "samaritans phone", "source")


def test_malformed_phone_number_is_named(data):
    def change(content):
        service(content, "dementia_uk")["contacts"][0]["value"] = "0800 888 66"
    edit(data / "organisations.yml", change)
    with pytest.raises(DirectoryError, match=r"organisations.yml: entry 'dementia_uk phone', field 'value'"):
        read_directory(data)


def test_unknown_situation_is_named(data):
    edit(data / "situations.yml", lambda c: c["situations"].__setitem__("knitting", ["carers_hub_lambeth"]))
    with pytest.raises(DirectoryError) as error:
        read_directory(data)
    assert error.value.file == "situations.yml" and error.value.entry == "knitting"


def test_unknown_service_in_a_situation_is_named(data):
    edit(data / "situations.yml", lambda c: c["situations"]["dementia"].append("no_such_service"))
    with pytest.raises(DirectoryError, match="'no_such_service' is not a service"):
        read_directory(data)


def test_closed_service_may_not_be_signposted(data):
    edit(data / "situations.yml", lambda c: c["situations"]["older_person"].append("south_london_cares"))
    with pytest.raises(DirectoryError, match="closed"):
        read_directory(data)


def test_crisis_line_must_use_a_contact_of_its_service(data):
    edit(data / "crisis.yml", lambda c: c["kinds"]["suicidal"]["lines"][1].__setitem__("value", "0800 000 0000"))
    with pytest.raises(DirectoryError) as error:
        read_directory(data)
    assert error.value.file == "crisis.yml" and error.value.entry == "suicidal line 2" and error.value.field == "value"


def test_missing_required_field_is_named(data):
    edit(data / "organisations.yml", lambda c: service(c, "cruse").pop("summary"))
    with pytest.raises(DirectoryError, match="entry 'cruse', field 'summary': is missing"):
        read_directory(data)


def test_duplicate_id_is_named(data):
    edit(data / "organisations.yml", lambda c: service(c, "cruse").__setitem__("id", "samaritans"))
    with pytest.raises(DirectoryError, match="used twice"):
        read_directory(data)


def test_bad_email_and_web_address_are_named(data):
    edit(data / "organisations.yml", lambda c: service(c, "carers_hub_lambeth")["contacts"].append(
        {"channel": "email", "value": "connect at carershub", "source": "https://example.org"}))
    with pytest.raises(DirectoryError, match="carers_hub_lambeth email.*not an email"):
        read_directory(data)


def test_invalid_yaml_is_named(data):
    (data / "crisis.yml").write_text("kinds: [unclosed")
    with pytest.raises(DirectoryError, match="crisis.yml.*not valid YAML"):
        read_directory(data)


@pytest.mark.parametrize("number, valid", [
    ("020 7501 8970", True), ("0800 731 2864", True), ("116 123", True), ("999", True),
    ("0800 1111", True), ("85258", True), ("0808 2000 247", True),
    ("020 7501 897", False), ("+44 20 7501 8970", False), ("0207-501-8970", False), ("", False), ("020  7501 8970", False),
])
def test_phone_number_rules(number, valid):
    assert is_valid_phone(number) is valid


def test_every_contact_has_a_source_and_a_date():
    for service_, contact in read_directory().all_contacts():
        assert re.match(r"https?://", contact.source), (service_.id, contact)
        assert contact.checked


def test_a_crisis_card_cannot_use_an_unverified_number(data):
    def change(content):
        phone = next(c for c in service(content, "samaritans")["contacts"] if c["value"] == "116 123")
        phone["verified"] = False
    edit(data / "organisations.yml", change)
    with pytest.raises(DirectoryError) as error:
        read_directory(data)
    assert error.value.file == "crisis.yml" and "unverified" in error.value.problem
