"""The Open Referral UK API over real HTTP, validated against the UK profile's own JSON
schemas (tests/fixtures/oruk, see SOURCE.md there), and `directory import-oruk` from it
and from files: a diff first, nothing applied without confirmation, bad feeds refused
whole at their first error, and an import of this directory's own feed changes nothing."""
from __future__ import annotations

import json
import uuid
import warnings
from functools import lru_cache
from pathlib import Path

import pytest
import requests
from jsonschema import Draft202012Validator, FormatChecker, RefResolver

from tests.integration import staff_support as support
from tests.integration.staff_support import live_directory

SCHEMAS = Path(__file__).parents[1] / "fixtures" / "oruk" / "specifications" / "3.0" / "schema"
BASE = "https://openreferraluk.org/specifications/3.0/schema/"


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    store = {BASE + path.name: json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")}
    schema = store[BASE + name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: the API jsonschema 4.17 has
        resolver = RefResolver(BASE + name, schema, store=store)
    return Draft202012Validator(schema, resolver=resolver, format_checker=FormatChecker())


def problems(name: str, instance) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator(name).iter_errors(instance)]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    started = support.start_staff_app(tmp_path_factory.mktemp("openreferral"), own_directory=True)
    yield started
    started.stop()


def get(app, path: str, status: int = 200):
    reply = requests.get(app.base + path, timeout=30)
    assert reply.status_code == status, (path, reply.status_code, reply.text[:300])
    assert reply.headers["Access-Control-Allow-Origin"] == "*"
    assert reply.headers["Content-Type"].startswith("application/json")
    return reply.json()


def cli(app, *args: str, stdin: str = ""):
    return support.run_cli(app.url, "directory", *args, stdin=stdin, DIRECTORY_DIR=str(app.seed))


def test_the_schemas_catch_what_they_should():
    """The validator itself can fail: a service without a UUID id or a name is caught."""
    assert problems("service.json", {"id": "svc-1", "status": "active"})
    assert problems("api_details.json", {"version": "HSDS-UK-3.0"})


def test_the_required_endpoints_validate_against_the_uk_profile(app):
    root = get(app, "/openreferral/")
    assert not problems("api_details.json", root) and root["version"] == "HSDS-UK-3.0"
    directory, _ = live_directory(app.url)
    first = get(app, "/openreferral/services?per_page=7")
    assert first["total_items"] == len(directory.services) and first["total_pages"] == -(-len(directory.services) // 7)
    seen = []
    for page in range(1, first["total_pages"] + 1):
        listing = get(app, f"/openreferral/services?per_page=7&page={page}")
        assert not problems("service_list.json", listing), problems("service_list.json", listing)[:5]
        assert listing["page_number"] == page and listing["last_page"] == (page == first["total_pages"])
        seen += [item["id"] for item in listing["contents"]]
    assert len(seen) == len(set(seen)) == len(directory.services)
    for service_id in seen:
        service = get(app, f"/openreferral/services/{service_id}")
        assert not problems("service.json", service), (service_id, problems("service.json", service)[:5])
        for phone in service.get("phones", []):
            assert not problems("phone.json", phone)
    get(app, f"/openreferral/services/{uuid.uuid4()}", status=404)
    assert "whole number" in get(app, "/openreferral/services?page=0", status=400)["error"]


def test_the_taxonomy_endpoints_validate_and_explain_every_situation(app):
    listing = get(app, "/openreferral/taxonomies")
    assert not problems("taxonomy_list.json", listing)
    taxonomy = get(app, f"/openreferral/taxonomies/{listing['contents'][0]['id']}")
    assert not problems("taxonomy.json", taxonomy)
    terms = get(app, "/openreferral/taxonomy_terms?per_page=200")
    assert not problems("taxonomy_term_list.json", terms)
    directory, _ = live_directory(app.url)
    assert {term["term"] for term in terms["contents"]} >= set(directory.situations)
    term = next(term for term in terms["contents"] if term["term"] == "dementia")
    assert not problems("taxonomy_term.json", get(app, f"/openreferral/taxonomy_terms/{term['id']}"))
    tagged = get(app, f"/openreferral/services?per_page=200&taxonomy_term_id={term['id']}")
    names = {service["name"] for service in tagged["contents"]}
    assert names == {directory.services[i].name for i in directory.situations["dementia"]}


def test_the_feed_holds_only_what_carers_may_see(app):
    directory, _ = live_directory(app.url)
    shown = json.dumps([get(app, f"/openreferral/services/{item['id']}")
                        for item in get(app, "/openreferral/services?per_page=200")["contents"]])
    for service, contact in directory.all_contacts():
        if not contact.verified and not any(c.value == contact.value and c.verified
                                            for _s, c in directory.all_contacts()):
            assert json.dumps(contact.value)[1:-1] not in shown, (service.id, contact.value)
    closed = next(s for s in directory.services.values() if not s.active)
    listed = get(app, f"/openreferral/services?per_page=200&search={closed.name}")["contents"]
    assert listed and listed[0]["status"] == "defunct" and "url" not in listed[0]


def test_the_api_takes_no_changes(app):
    for method in ("post", "put", "delete"):
        reply = requests.request(method, f"{app.base}/openreferral/services", json={"id": "x"}, timeout=30)
        assert reply.status_code == 405


def test_importing_this_directorys_own_feed_changes_nothing(app):
    before = live_directory(app.url)
    done = cli(app, "import-oruk", f"{app.base}/openreferral/")
    assert done.returncode == 0, done.stderr
    assert "No changes to apply." in done.stdout
    assert live_directory(app.url) == before


def write(tmp_path: Path, body, name: str = "feed.json") -> str:
    path = tmp_path / name
    path.write_text(body if isinstance(body, str) else json.dumps(body))
    return str(path)


def a_service(**fields) -> dict:
    service = {"id": str(uuid.uuid4()), "name": "Brixton Carers' Coffee Morning", "status": "active",
               "description": "A weekly coffee morning for carers in Brixton.",
               "organization": {"id": str(uuid.uuid4()), "name": "Brixton Neighbours", "description": "A charity"},
               "service_areas": [{"id": str(uuid.uuid4()), "name": "Lambeth"}],
               "phones": [{"id": str(uuid.uuid4()), "number": "+44 20 7946 0555"}],
               "url": "https://example.org/coffee"}
    service.update(fields)
    return service


@pytest.mark.parametrize("feed, where, problem", [
    ("{not json", "feed.json", "is not JSON"),
    ([a_service(), "a string"], "services[1]", "should be a service"),
    ([a_service(), a_service(name=None)], "services[1].name", "is missing"),
    ([a_service(id="coffee-1")], "services[0].id", "is not a UUID"),
    ([a_service(status="open")], "services[0].status", "is not one of"),
    ([a_service(phones=[{"number": "12345678"}])], "services[0].phones[0].number", "is not a UK phone number"),
    ([a_service(url="example.org")], "services[0].url", "is not a web address"),
    ([a_service(minimum_age=-4)], "services[0].minimum_age", "is not an age"),
    ({"contents": "nope"}, "feed.json", "should be a page of services"),
])
def test_a_malformed_feed_is_refused_whole_with_its_first_error(app, tmp_path, feed, where, problem):
    before = live_directory(app.url)
    done = cli(app, "import-oruk", write(tmp_path, feed), "--yes")
    assert done.returncode == 1
    assert "Feed refused, nothing imported." in done.stderr and where in done.stderr and problem in done.stderr, \
        done.stderr
    assert live_directory(app.url) == before


def test_a_feed_with_a_duplicate_id_is_refused_whole(app, tmp_path):
    first = a_service()
    before = live_directory(app.url)
    feed = {"contents": [first, a_service(name="Another service"), dict(a_service(name="Twin"), id=first["id"])]}
    done = cli(app, "import-oruk", write(tmp_path, feed), "--yes")
    assert done.returncode == 1 and "services[2].id" in done.stderr and "also the id of services[0]" in done.stderr
    assert live_directory(app.url) == before


def test_a_new_service_shows_a_diff_and_waits_for_confirmation(app, tmp_path):
    feed = write(tmp_path, [a_service()])
    before = live_directory(app.url)
    declined = cli(app, "import-oruk", feed, stdin="no\n")
    assert declined.returncode == 1 and "+ new service 'Brixton Carers' Coffee Morning'" in declined.stdout
    assert "Nothing imported." in declined.stdout and live_directory(app.url) == before
    accepted = cli(app, "import-oruk", feed, stdin="yes\n")
    assert accepted.returncode == 0, accepted.stderr
    directory, _ = live_directory(app.url)
    added = next(s for s in directory.services.values() if s.name == "Brixton Carers' Coffee Morning")
    assert added.area == "lambeth" and added.organisation_name == "Brixton Neighbours"
    assert {(c.channel, c.value) for c in added.contacts} == {("phone", "020 7946 0555"), ("web", "https://example.org/coffee")}
    assert all(not c.verified and c.source == Path(feed).resolve().as_uri() for c in added.contacts)
    assert not [key for key, ids in directory.situations.items() if added.id in ids]  # staff choose, after checking
    history = support.visible_text(app.session().get(f"/staff/directory/service/{added.id}").text)
    assert f"import-oruk {Path(feed).resolve().as_uri()}" in history
    again = cli(app, "import-oruk", feed, "--yes")
    assert "No changes to apply." in again.stdout  # imported once only


def test_a_feed_adds_only_missing_contacts_to_a_known_service_unverified(app, tmp_path):
    own = get(app, "/openreferral/services?per_page=200&search=Mencap - Learning")["contents"][0]
    full = get(app, f"/openreferral/services/{own['id']}")
    full["phones"].append({"id": str(uuid.uuid4()), "number": "0808 808 1112", "description": "Out of hours"})
    full["description"] = "A partner's longer description of the helpline."
    before, _ = live_directory(app.url)
    done = cli(app, "import-oruk", write(tmp_path, full), "--yes")
    assert done.returncode == 0, done.stderr
    assert "~ mencap_helpline: add phone 0808 808 1112 (unverified)" in done.stdout
    assert "the feed's description" in done.stdout and "not applied" in done.stdout
    after, _ = live_directory(app.url)
    service = after.services["mencap_helpline"]
    assert service.summary == before.services["mencap_helpline"].summary
    assert service.contacts[:-1] == before.services["mencap_helpline"].contacts
    assert (service.contacts[-1].value, service.contacts[-1].verified) == ("0808 808 1112", False)

