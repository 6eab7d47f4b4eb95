"""`python -m bot directory check | load | export | import-oruk FEED`."""
from __future__ import annotations

import argparse
import sys

from bot import settings
from bot.directory import export, freshness, loader, models, queries, schema
from bot.staff import times
from bot.storage import db
from bot.storage.tables import create_tables


def check() -> int:
    """Validates the files, then lists what in the live directory needs attention."""
    data = schema.read_directory()
    print(f"Files OK: {len(data.services)} services, {len(data.situations)} situations, "
          f"{len(data.crisis)} crisis cards")
    create_tables()
    with db.session_scope() as session:
        version = session.get(models.DirectoryVersionRow, 1)
        if version is None:
            print("The database has no directory yet: `python -m bot directory load` loads the files.")
            return 0
        live = queries.read(session, version.research_date)
        edited = version.edited_at
    days = settings.load().directory_stale_days
    found = freshness.attention(live, times.london(times.utc_now()).date(), days)
    if edited is not None:
        print(f"Staff have edited the directory in the app (last {times.show(edited)}); "
              "`python -m bot directory export` writes the edits to the files.")
    print(f"{len(found.stale)} stale contact(s), checked more than {days} days ago (the bot still gives them):")
    for service, contact in found.stale:
        print(f"  {service.id}: {contact.channel} {contact.value}, checked {contact.checked.isoformat()}")
    print(f"{len(found.unverified)} unverified contact(s) (the bot does not give them):")
    for service, contact in found.unverified:
        print(f"  {service.id}: {contact.channel} {contact.value}")
    return 0


def load(discard_edits: bool) -> int:
    create_tables()
    outcome = loader.sync(discard_edits=discard_edits)
    print(loader.KEPT_EDITS_WARNING if outcome == loader.KEPT_EDITS else outcome)
    return 1 if outcome == loader.KEPT_EDITS else 0


def export_files() -> int:
    changed = export.export()
    where = settings.load().directory_dir
    print(f"Wrote {', '.join(changed)} in {where}." if changed else f"{where} already matches the database.")
    return 0


def import_oruk(source: str | None, yes: bool) -> int:
    from bot.directory.editing import EditError
    from bot.openreferral import importer

    if not source:
        print("Give the feed's file or URL: python -m bot directory import-oruk FILE_OR_URL", file=sys.stderr)
        return 2
    create_tables()
    try:
        items, recorded_source = importer.read(source)
        with db.session_scope() as session:
            version = session.get(models.DirectoryVersionRow, 1)
            found = importer.plan(queries.read(session, version.research_date), items, recorded_source,
                                  times.london(times.utc_now()).date())
    except importer.FeedError as error:
        print(f"Feed refused, nothing imported. {error}", file=sys.stderr)
        return 1
    for line in found.lines + found.notes:
        print(line)
    if not found.proposals:
        print("No changes to apply.")
        return 0
    if not yes:
        try:
            answer = input(f"Apply these changes to {len(found.proposals)} service(s)? Type yes to apply: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing imported.")
            return 1
    try:
        changed = importer.apply(found, recorded_source)
    except EditError as error:
        print(f"Feed refused, nothing imported. {error}", file=sys.stderr)
        return 1
    print(f"Imported: {changed} service(s) changed. New contacts are unverified until staff check them.")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "check":
        return check()
    if args.action == "load":
        return load(args.discard_edits)
    if args.action == "export":
        return export_files()
    return import_oruk(args.source, args.yes)
