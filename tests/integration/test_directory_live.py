"""Directory edits reach carers over the real servers: an admin changes a number in the
staff app, and the running bot (its own Rasa server, action server and database) gives
the new one within a minute, with no restart. An unverified number is never given; a
stale but verified one still is."""
from __future__ import annotations

import datetime as dt
import shutil
import time

import pytest

from bot import settings
from tests.contact_check import unknown_contacts
from tests.integration import staff_support as support
from tests.integration.staff_support import form_fields, live_directory, visible_text, with_fields
from tests.support.stack import start_stack

DEMENTIA = "My mum has dementia and I'm struggling to cope with it all"
LEARNING_DISABILITY = "my son is 24 and has a learning disability, where can we get advice"
TODAY = dt.date.today().isoformat()
MINUTE = 60.0


@pytest.fixture(scope="module")
def live(trained_model, tmp_path_factory, fake_postcodes, fake_webhook):
    folder = tmp_path_factory.mktemp("directory-live")
    seed = folder / "seed"
    shutil.copytree(settings.load().directory_dir, seed)
    url = f"sqlite:///{folder / 'bot.db'}"
    stack = start_stack(folder, trained_model, url, DIRECTORY_DIR=str(seed), POSTCODES_IO_URL=fake_postcodes.url,
                        CALLBACK_WEBHOOK_URL=fake_webhook.url)
    try:
        support.add_accounts(url)
        web = support.start_web_app(url, folder / "web-logs", DIRECTORY_DIR=str(seed))
    except BaseException:
        stack.supervisor.stop()
        raise
    yield stack, web
    web.stop()
    stack.supervisor.stop()


def change_phone(web, service_id: str, number: str, checked: str = TODAY, source: str | None = None) -> str:
    """Saves a new number through the edit form, as an admin in a browser would."""
    admin = web.session()
    path = f"/staff/directory/service/{service_id}"
    fields = form_fields(admin.get(path).text, path)
    service = live_directory(web.url)[0].services[service_id]
    row = next(n for n, c in enumerate(service.contacts, start=1) if c.channel == "phone")
    changes = {f"c{row}_value": number, f"c{row}_checked": checked}
    if source:
        changes[f"c{row}_source"] = source
    saved = admin.submit(path, with_fields(fields, **changes))
    assert saved.status_code == 200, visible_text(saved.text)[:600]
    return visible_text(saved.text)


def reply_until(bot, text: str, done, deadline: float) -> tuple[str, float]:
    """Asks as a new carer until `done(reply)` (or time runs out)."""
    started = time.monotonic()
    while True:
        reply = bot.say_text(f"directory-live-{time.monotonic_ns()}", text)
        if done(reply) or time.monotonic() > deadline:
            return reply, time.monotonic() - started
        time.sleep(2)


def test_an_admin_changes_a_number_and_the_bot_gives_the_new_one_within_a_minute(live):
    stack, web = live
    before = stack.client.say_text("directory-live-before", DEMENTIA)
    old = next(c.value for c in live_directory(web.url)[0].services["dementia_uk"].contacts if c.channel == "phone")
    assert old in before, before
    change_phone(web, "dementia_uk", "020 7946 0123", source="https://www.dementiauk.org/get-support/")
    reply, waited = reply_until(stack.client, DEMENTIA, lambda text: "020 7946 0123" in text, time.monotonic() + MINUTE)
    assert "020 7946 0123" in reply and waited < MINUTE, (waited, reply)
    assert old not in reply
    assert not unknown_contacts(reply, live_directory(web.url)[0])


def test_an_unverified_number_is_never_given_but_a_stale_one_still_is(live):
    stack, web = live
    before = stack.client.say_text("directory-live-ld", LEARNING_DISABILITY)
    mencap = next(c.value for c in live_directory(web.url)[0].services["mencap_helpline"].contacts if c.channel == "phone")
    assert mencap in before, before
    stale = (dt.date.today() - dt.timedelta(days=400)).isoformat()
    dementia = next(c.value for c in live_directory(web.url)[0].services["dementia_uk"].contacts if c.channel == "phone")
    change_phone(web, "dementia_uk", dementia, checked=stale)  # the same number, checked long ago: stale
    assert "1 stale contact" in visible_text(web.session().get("/staff/summary").text)
    page = change_phone(web, "mencap_helpline", "020 7946 0222", checked="2025-01-01")  # not checked again
    assert "saved as unverified" in page
    # Once the replaced number has gone, the bot has re-read both changes.
    ld, waited = reply_until(stack.client, LEARNING_DISABILITY, lambda text: mencap not in text,
                             time.monotonic() + MINUTE)
    assert mencap not in ld and waited < MINUTE
    assert "7946 0222" not in ld
    assert not unknown_contacts(ld, live_directory(web.url)[0])
    assert dementia in stack.client.say_text("directory-live-stale", DEMENTIA)  # stale is not wrong
