"""Password hashing with scrypt (standard library), a memory-hard slow hash.

Parameters follow OWASP's scrypt guidance (N=2^15, r=8, p=3: 32 MiB and about a tenth of
a second per check). The stored string names its parameters, so they can be raised
later: an old hash still verifies, and is replaced at the next successful sign-in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import lru_cache

N, R, P = 2 ** 15, 8, 3
KEY_LENGTH = 32
MIN_LENGTH = 12
MAX_LENGTH = 200  # a longer one is refused rather than hashed: a cheap way to burn CPU


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = _scrypt(password, salt, N, R, P)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(key)}"


def verify(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt" or len(password) > MAX_LENGTH:
            return False
        return hmac.compare_digest(_scrypt(password, _unb64(salt), int(n), int(r), int(p)), _unb64(key))
    except (ValueError, TypeError):
        return False


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${N}${R}${P}$")


def problem(password: str) -> str | None:
    """Why a new password is not acceptable, in plain words; None when it is."""
    if len(password) < MIN_LENGTH:
        return f"The password must be at least {MIN_LENGTH} characters. Three random words make a good one."
    if len(password) > MAX_LENGTH:
        return f"The password must be at most {MAX_LENGTH} characters."
    if len(set(password)) < 5:
        return "The password repeats too few characters."
    return None


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=KEY_LENGTH)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """Checking a password against this when the username does not exist makes a wrong
    username take as long as a wrong password: timing does not reveal who has an account."""
    return hash_password(secrets.token_urlsafe(16))
