"""`python -m bot staff …` (accounts) and `python -m bot retention [--dry-run]`."""
from __future__ import annotations

import argparse
import getpass
import sys

from bot.storage import db
from bot.storage.tables import create_tables

COMMAND_LINE = "command line"


def staff(args: argparse.Namespace) -> int:
    from bot.staff.admin import audit
    from bot.staff.signin import accounts

    create_tables()
    if args.action == "list":
        with db.session_scope() as session:
            for account in accounts.all_accounts(session):
                state = "active" if account.active else "disabled"
                if account.locked_until:
                    state += f", locked until {account.locked_until:%Y-%m-%d %H:%M} UTC"
                print(f"{account.username}\t{account.role}\t{state}")
        return 0
    if not args.username:
        print("Give the username, e.g. python -m bot staff add alex --role reviewer", file=sys.stderr)
        return 2
    try:
        password = _password(args) if args.action in ("add", "passwd") else ""
        with db.session_scope() as session:
            if args.action == "add":
                accounts.create(session, args.username, password, args.role)
            elif args.action == "passwd":
                accounts.set_password(session, args.username, password)
            elif args.action == "unlock":
                accounts.unlock(session, args.username)
            elif args.action in ("disable", "enable"):
                accounts.set_active(session, args.username, args.action == "enable")
            elif args.action == "role":
                accounts.set_role(session, args.username, args.role)
            audit.record(session, COMMAND_LINE, "account_change", detail={
                "account": accounts.normalise_username(args.username), "change": args.action,
                **({"role": args.role} if args.action in ("add", "role") else {})})
    except accounts.AccountError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Done: {args.action} {accounts.normalise_username(args.username)}.")
    return 0


def _password(args: argparse.Namespace) -> str:
    """From standard input (--password-stdin, for scripts), or typed twice, never shown."""
    from bot.staff.signin.accounts import AccountError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise AccountError("Run this in a terminal to type the password, or pass it on standard input with "
                           "--password-stdin.")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Type it again: ") != first:
        raise AccountError("The two passwords were not the same. Nothing was changed.")
    return first


def retention(args: argparse.Namespace) -> int:
    from bot import wiring
    from bot.staff.review import housekeeping

    create_tables()
    result = housekeeping.run_retention(COMMAND_LINE, wiring.ERASERS, dry_run=args.dry_run)
    verb = "Would delete" if result.dry_run else "Deleted"
    print(f"{verb} {len(result.conversation_ids)} conversation(s) with no message since "
          f"{result.cutoff:%Y-%m-%d %H:%M} UTC ({result.days} days).")
    if result.orphan_callback_requests:
        print(f"{verb} {result.orphan_callback_requests} callback request(s) older than that whose conversation "
              "is already gone.")
    for conversation_id in result.conversation_ids[:50]:
        print(f"  {conversation_id}")
    if len(result.conversation_ids) > 50:
        print(f"  … and {len(result.conversation_ids) - 50} more")
    if not result.dry_run and result.removed:
        print("Rows deleted: " + ", ".join(f"{name} {count}" for name, count in sorted(result.removed.items())))
    return 0
