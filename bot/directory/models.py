"""SQL tables for the directory. The YAML files seed them (bot/directory/loader.py); after
that, staff edit them in the staff app, and the running bot reads them."""
from __future__ import annotations

import sqlalchemy as sa

from bot.storage.db import Base


class OrganisationRow(Base):
    __tablename__ = "directory_organisation"
    id = sa.Column(sa.String(80), primary_key=True)
    name = sa.Column(sa.String(200), nullable=False)
    kind = sa.Column(sa.String(40), nullable=False)
    web = sa.Column(sa.String(300))  # the organisation's own site, when the facts give it


class ServiceRow(Base):
    __tablename__ = "directory_service"
    id = sa.Column(sa.String(80), primary_key=True)
    organisation_id = sa.Column(sa.String(80), sa.ForeignKey("directory_organisation.id"), nullable=False)
    name = sa.Column(sa.String(200), nullable=False)
    summary = sa.Column(sa.Text, nullable=False)
    area = sa.Column(sa.String(20), nullable=False)
    eligibility = sa.Column(sa.Text, nullable=False)
    status = sa.Column(sa.String(20), nullable=False)
    min_age = sa.Column(sa.Integer)
    max_age = sa.Column(sa.Integer)
    cared_for_min_age = sa.Column(sa.Integer)
    cared_for_max_age = sa.Column(sa.Integer)
    notes = sa.Column(sa.Text, nullable=False, default="")
    oruk_id = sa.Column(sa.String(36))  # the id an Open Referral UK feed gave it


class ContactRow(Base):
    __tablename__ = "directory_contact"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_service.id"), nullable=False, index=True)
    position = sa.Column(sa.Integer, nullable=False)
    channel = sa.Column(sa.String(20), nullable=False)
    value = sa.Column(sa.String(300), nullable=False)
    label = sa.Column(sa.String(300), nullable=False, default="")
    note = sa.Column(sa.Text, nullable=False, default="")
    verified = sa.Column(sa.Boolean, nullable=False)
    source = sa.Column(sa.Text, nullable=False)
    page_date = sa.Column(sa.String(40), nullable=False, default="")
    checked = sa.Column(sa.Date, nullable=False)


class SituationServiceRow(Base):
    __tablename__ = "directory_situation_service"
    situation = sa.Column(sa.String(60), primary_key=True)
    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_service.id"), primary_key=True)
    priority = sa.Column(sa.Integer, nullable=False)


class CrisisCardRow(Base):
    __tablename__ = "directory_crisis_card"
    kind = sa.Column(sa.String(40), primary_key=True)
    title = sa.Column(sa.Text, nullable=False)
    advice = sa.Column(sa.Text, nullable=False, default="")


class CrisisLineRow(Base):
    __tablename__ = "directory_crisis_line"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    kind = sa.Column(sa.String(40), sa.ForeignKey("directory_crisis_card.kind"), nullable=False, index=True)
    position = sa.Column(sa.Integer, nullable=False)
    say = sa.Column(sa.Text, nullable=False)
    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_service.id"), nullable=False)
    channel = sa.Column(sa.String(20), nullable=False)
    value = sa.Column(sa.String(300), nullable=False)


class DirectoryVersionRow(Base):
    """One row: which version of the files the tables were seeded from, and whether staff
    have changed them since. `revision` goes up with every change, so the running bot
    knows to re-read."""

    __tablename__ = "directory_version"
    id = sa.Column(sa.Integer, primary_key=True, default=1)
    fingerprint = sa.Column(sa.String(64), nullable=False)  # of the files last loaded
    research_date = sa.Column(sa.Date, nullable=False)
    loaded_at = sa.Column(sa.DateTime, nullable=False)
    revision = sa.Column(sa.Integer)
    edited_at = sa.Column(sa.DateTime)  # None until staff or an import change the tables


class DirectoryChangeRow(Base):
    """A service's history: one row per changed field, with the old and new value (JSON).
    Only ever added to, like the staff audit log."""

    __tablename__ = "directory_change"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    at = sa.Column(sa.DateTime, nullable=False, index=True)
    actor = sa.Column(sa.String(300), nullable=False)  # a username, or the feed an import came from
    service_id = sa.Column(sa.String(80), nullable=False, index=True)
    field = sa.Column(sa.String(80), nullable=False)
    old = sa.Column(sa.Text, nullable=False)
    new = sa.Column(sa.Text, nullable=False)
