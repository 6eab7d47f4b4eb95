"""Does the carer, or the person they care for, live in Lambeth?

Lambeth services are for carers who live in Lambeth or care for someone who does. A
full postcode or a district is checked with postcodes.io (short timeout, cached); when
that fails or is slow, an offline table of Lambeth districts and areas answers
(data/eligibility/lambeth.yml). Districts shared with a neighbouring borough give
"unsure", and the bot asks instead of guessing.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import requests
import yaml

from bot import settings
from bot.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)
TABLE = PROJECT_ROOT / "data" / "eligibility" / "lambeth.yml"
TIMEOUT_SECONDS = 2.0
CACHE_SECONDS = 24 * 3600
CACHE_SIZE = 2000
FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$")
DISTRICT = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")

YES, NO, UNSURE = "yes", "no", "unsure"


@dataclass(frozen=True)
class Answer:
    in_lambeth: str  # yes, no or unsure
    how: str  # "postcodes.io", "offline table", "area name", "not found"
    district: str = ""  # the council area postcodes.io named, when it did


@lru_cache(maxsize=1)
def _table() -> dict:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return {
        "mostly": {d.upper() for d in data["mostly_lambeth"]},
        "partly": {d.upper() for d in data["partly_lambeth"]},
        "areas": {a.lower() for a in data["lambeth_areas"]},
    }


class _Cache:
    """A small time-limited LRU cache, shared by the threads of one process."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[float, Answer]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Optional[Answer]:
        with self._lock:
            item = self._items.get(key)
            if item is None or time.monotonic() - item[0] > CACHE_SECONDS:
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: str, answer: Answer) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), answer)
            self._items.move_to_end(key)
            while len(self._items) > CACHE_SIZE:
                self._items.popitem(last=False)


_cache = _Cache()


def normalise_postcode(text: str) -> str:
    compact = re.sub(r"\s+", "", text.upper())
    full = FULL_POSTCODE.match(compact)
    return f"{full.group(1)} {full.group(2)}" if full else compact


def check_postcode(text: str) -> Answer:
    """A full postcode ("SW9 8AB") or a district ("SW9")."""
    postcode = normalise_postcode(text)
    cached = _cache.get(postcode)
    if cached is not None:
        return cached
    answer = _ask_postcodes_io(postcode)
    if answer is None:
        answer = offline(postcode)
    else:
        _cache.put(postcode, answer)  # only real answers are cached; the offline one is instant
    return answer


def _ask_postcodes_io(postcode: str) -> Optional[Answer]:
    base = settings.load().postcodes_io_url.rstrip("/")
    is_full = " " in postcode
    url = f"{base}/postcodes/{postcode.replace(' ', '')}" if is_full else f"{base}/outcodes/{postcode}"
    try:
        reply = requests.get(url, timeout=TIMEOUT_SECONDS)
    except requests.RequestException as error:
        logger.warning("postcodes.io unavailable (%s); using the offline table", type(error).__name__)
        return None
    if reply.status_code == 404:
        return Answer(UNSURE, "not found")
    if reply.status_code != 200:
        logger.warning("postcodes.io answered HTTP %s; using the offline table", reply.status_code)
        return None
    try:
        districts = reply.json()["result"]["admin_district"]
    except (ValueError, KeyError, TypeError):
        logger.warning("postcodes.io sent an answer I could not read; using the offline table")
        return None
    if isinstance(districts, str):
        districts = [districts]
    districts = [d for d in districts or [] if d]
    if not districts:
        return None
    if districts == ["Lambeth"]:
        return Answer(YES, "postcodes.io", "Lambeth")
    if "Lambeth" in districts:
        return Answer(UNSURE, "postcodes.io", "Lambeth and " + ", ".join(d for d in districts if d != "Lambeth"))
    return Answer(NO, "postcodes.io", districts[0])


def offline(postcode: str) -> Answer:
    district = postcode.split(" ")[0]
    table = _table()
    if district in table["mostly"]:
        return Answer(YES, "offline table")
    if district in table["partly"]:
        return Answer(UNSURE, "offline table")
    if DISTRICT.match(district):
        return Answer(NO, "offline table")
    return Answer(UNSURE, "not found")


def check_area(name: str) -> Answer:
    """An area name as the carer wrote it ("Brixton", "Croydon")."""
    if name.strip().lower() in _table()["areas"]:
        return Answer(YES, "area name")
    return Answer(NO, "area name")
