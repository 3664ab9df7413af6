"""SQLAlchemy models. Every record that can travel between laptops has a UUID4 key and a device id.

Keys are random UUIDs, never autoincrement: a sequence would let someone line anonymous answers
up with sign-ups by order. For the same reason the response and sign-up tables are WITHOUT ROWID
(SQLite otherwise keeps a hidden insertion-ordered rowid).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sos_desktop.core.clock import utc_now
from sos_desktop.core.ids import new_id


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Per-installation key/value settings (device id, organizer PIN hash, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrgKey(Base):
    """The organization's keys (one row): public key and the private key wrapped."""

    __tablename__ = "org_keys"
    __table_args__ = (CheckConstraint("id = 1", name="ck_org_keys_one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    org_id: Mapped[str] = mapped_column(String(36))
    org_name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    opslimit: Mapped[int] = mapped_column(Integer)
    memlimit: Mapped[int] = mapped_column(Integer)
    by_passphrase: Mapped[bytes] = mapped_column(LargeBinary)
    by_recovery: Mapped[bytes] = mapped_column(LargeBinary)


class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    school: Mapped[str] = mapped_column(String(120))
    group_name: Mapped[str] = mapped_column(String(120))
    educator_name: Mapped[str] = mapped_column(String(120), default="")
    educator_email: Mapped[str] = mapped_column(String(254), default="")
    visit_date: Mapped[date] = mapped_column(Date)
    presenters: Mapped[str] = mapped_column(String(400), default="")
    survey_key: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    deck: Mapped[str] = mapped_column(Text, default="", server_default="")  # "" = built-in
    planned_minutes: Mapped[int] = mapped_column(Integer, default=45, server_default="45")
    # How the class answers the survey: "kiosk", "paper" (answer sheets) or "both".
    answer_mode: Mapped[str] = mapped_column(String(8), default="kiosk", server_default="kiosk")
    # Over video: the survey slide shows the online form's QR code instead of the kiosk.
    virtual: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    online_form_url: Mapped[str] = mapped_column(Text, default="", server_default="")


class VisitCount(Base):
    """A visit's counts for the visit list, kept by triggers (migration 0007_figures)."""

    __tablename__ = "visit_counts"
    __table_args__ = {"sqlite_with_rowid": False}

    visit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    responses: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    signups: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unexported: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SignupTotal(Base):
    """The one row of sign-up totals under the visit list, kept by triggers (migration
    0010_signup_totals)."""

    __tablename__ = "signup_totals"
    __table_args__ = (CheckConstraint("id = 1", name="ck_signup_totals_one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stored: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    without_visit: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    no_channel: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SurveyDefinition(Base):
    """One version of a survey. Immutable once answered: a change is a new version."""

    __tablename__ = "survey_definitions"
    __table_args__ = (UniqueConstraint("key", "version", name="uq_survey_key_version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(100))  # JSON list, e.g. ["en", "es"]
    definition: Mapped[str] = mapped_column(Text)  # canonical JSON
    content_hash: Mapped[str] = mapped_column(String(64))


class SurveyResponse(Base):
    """An anonymous response. No link to any sign-up; time is the visit's date, not the second."""

    __tablename__ = "survey_responses"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    survey_definition_id: Mapped[str] = mapped_column(ForeignKey("survey_definitions.id"))
    language: Mapped[str] = mapped_column(String(8))
    # How it came in: kiosk, paper (answer sheet or typed-up form) or online (an import).
    channel: Mapped[str] = mapped_column(String(8), default="kiosk", server_default="kiosk")

    answers: Mapped[list[SurveyAnswer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class SurveyAnswer(Base):
    """One answer; keyed by (response, question) so a response's answers are stored together."""

    __tablename__ = "survey_answers"
    __table_args__ = {"sqlite_with_rowid": False}

    response_id: Mapped[str] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), primary_key=True
    )
    question_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON-encoded answer

    response: Mapped[SurveyResponse] = relationship(back_populates="answers")


class Signup(Base):
    """A contact sign-up. Contact columns are read and written only through core.people.contacts."""

    __tablename__ = "signups"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # kiosk | import
    # Names, preferred name, email, phone and ZIP sealed as one unit (core.security.sealing).
    contact: Mapped[bytes] = mapped_column(LargeBinary, server_default=text("x''"))
    school: Mapped[str] = mapped_column(String(120), default="")
    grade: Mapped[str] = mapped_column(String(16), default="")
    interests: Mapped[str] = mapped_column(String(100), default="")  # ";"-joined team keys
    role: Mapped[str] = mapped_column(String(16), default="student")
    visit_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    age_13_plus: Mapped[bool] = mapped_column(Boolean)
    email_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    email_consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    email_consent_version: Mapped[str] = mapped_column(String(40), default="")
    email_consent_text: Mapped[str] = mapped_column(Text, default="")
    sms_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_consent_at: Mapped[datetime | None] = mapped_column(DateTime)
    sms_consent_version: Mapped[str] = mapped_column(String(40), default="")
    sms_consent_text: Mapped[str] = mapped_column(Text, default="")


class ExportReceipt(Base):
    """What left the laptop: kind, profile, when, how many rows, the file's SHA-256, where."""

    __tablename__ = "export_receipts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    kind: Mapped[str] = mapped_column(String(32))
    profile: Mapped[str] = mapped_column(String(32), default="")
    row_count: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: skipped rows, filters


class SignupExport(Base):
    """Which sign-ups an export of a given profile already carried (for `--new`)."""

    __tablename__ = "signup_exports"
    __table_args__ = {"sqlite_with_rowid": False}

    signup_id: Mapped[str] = mapped_column(
        ForeignKey("signups.id", ondelete="CASCADE"), primary_key=True
    )
    profile: Mapped[str] = mapped_column(String(32), primary_key=True)
    receipt_id: Mapped[str] = mapped_column(ForeignKey("export_receipts.id"))


class CrmImport(Base):
    """The organizer's mark that an export's file reached the CRM."""

    __tablename__ = "crm_imports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    marked_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    receipt_id: Mapped[str] = mapped_column(ForeignKey("export_receipts.id"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")


class BundleReceipt(Base):
    """A bundle written or merged: its id, origin, SHA-256 and counts (details, JSON)."""

    __tablename__ = "bundle_receipts"
    __table_args__ = (
        UniqueConstraint("direction", "bundle_id", name="uq_bundle_direction_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    direction: Mapped[str] = mapped_column(String(8))  # export | import
    bundle_id: Mapped[str] = mapped_column(String(36))
    source_device_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")
    # The registered laptop whose key signed a merged bundle (laptop_keys.id); null on export.
    laptop_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class LaptopKey(Base):
    """A laptop allowed to send bundles here: its own signing key, registered by the organizer.
    Revoked keys stay (revoked_at set) so receipts keep naming who sent what."""

    __tablename__ = "laptop_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    public_key: Mapped[bytes] = mapped_column(LargeBinary, unique=True)
    name: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(36))
    registered_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class BundledRecord(Base):
    """A record that already travelled in a bundle (no time, no bundle: keeps anonymity)."""

    __tablename__ = "bundled_records"
    __table_args__ = {"sqlite_with_rowid": False}

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class MergeConflict(Base):
    """An incoming record that differs from the local one with the same id; both are kept."""

    __tablename__ = "merge_conflicts"
    __table_args__ = (
        UniqueConstraint("table_name", "record_id", "incoming_sha256",
                         name="uq_conflict_incoming"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    bundle_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    incoming_sha256: Mapped[str] = mapped_column(String(64))
    incoming: Mapped[str] = mapped_column(Text)  # the incoming record as JSON
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class OnlineSubmission(Base):
    """An online submission already imported, as a keyed hash only: refuses it a second time.
    No time, no visit, no link to the response it became."""

    __tablename__ = "online_submissions"
    __table_args__ = {"sqlite_with_rowid": False}

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)


class PaperSheetRead(Base):
    """A sheet id already read: refuses a second reading. Linked to no response."""

    __tablename__ = "paper_sheets_read"
    __table_args__ = {"sqlite_with_rowid": False}

    sheet_id: Mapped[str] = mapped_column(String(16), primary_key=True)


class PaperPending(Base):
    """A sheet not stored yet: waiting for its other page or for review. Deleted once stored."""

    __tablename__ = "paper_pending"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sheet_id: Mapped[str] = mapped_column(String(16), unique=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    survey_definition_id: Mapped[str] = mapped_column(ForeignKey("survey_definitions.id"))
    language: Mapped[str] = mapped_column(String(8))
    pages_total: Mapped[int] = mapped_column(Integer)
    pages: Mapped[str] = mapped_column(Text)  # JSON: page number -> what it said


class PaperImage(Base):
    """A crop for review (of a pending sheet) or a writing box waiting for transcription (of a
    stored response). Never exported, never bundled; deleted once resolved or typed."""

    __tablename__ = "paper_images"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pending_id: Mapped[str | None] = mapped_column(
        ForeignKey("paper_pending.id", ondelete="CASCADE"), index=True)
    response_id: Mapped[str | None] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    question_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # review / writing
    png: Mapped[bytes] = mapped_column(LargeBinary)
