"""The .sosbundle file: a zip of manifest.json, manifest.sig and one JSONL file per table.

The manifest names the organization and the laptop that wrote it (its public signing key) and
lists every file with its SHA-256, size and record count; manifest.sig is that laptop's Ed25519
signature of manifest.json (its own key, laptop_key.py: no secret is shared between laptops).
`read_bundle` checks limits, the organization, that the signer is registered here and not
revoked, the signature, hashes and every record's shape before the caller writes anything
(bundle_checks then validates each record as the kiosk would). Members are read as a stream,
line by line: memory holds the parsed records, never the file, a member or its text.
Records are sorted by their random UUID: no file keeps creation order, and sign-ups carry no
link to responses.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.bundles.laptops import Laptop
from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.people import contacts
from sos_desktop.core.security import bounded, laptop_key
from sos_desktop.core.security.keys import OrgKeys
from sos_desktop.core.storage import models

TYPE_CHECKING = False
if TYPE_CHECKING:
    from nacl.signing import SigningKey

FORMAT = "sos-desktop-bundle"
FORMAT_VERSION = 3  # 2: shared-key MAC (refused now), sign-ups sealed; 3: per-laptop signature
MANIFEST, MANIFEST_SIG = "manifest.json", "manifest.sig"
OLD_MANIFEST_MAC = "manifest.mac"  # version 2
MANIFEST_MAX = 1 << 20
LINE_MAX = 1 << 20  # one record; a sign-up or a response is a few kB
RECORDS_MAX = 2_000_000  # per table

# Every column of each table, as the models declare them (a new column travels too).
VISIT_COLUMNS = tuple(models.Visit.__table__.columns.keys())
DEFINITION_COLUMNS = tuple(models.SurveyDefinition.__table__.columns.keys())
RESPONSE_COLUMNS = tuple(models.SurveyResponse.__table__.columns.keys())
# Import order: parents before children.
TABLES = ("survey_definitions", "visits", "survey_responses", "signups")
FIELDS = {
    "visits": VISIT_COLUMNS,
    "survey_definitions": DEFINITION_COLUMNS,
    "survey_responses": (*RESPONSE_COLUMNS, "answers"),
    "signups": contacts.SIGNUP_COLUMNS,
}
_FIELD_SETS = {table: frozenset(columns) for table, columns in FIELDS.items()}
_SCALAR = (str, int, float)


class BrokenBundle(SosError):
    """The bundle is truncated, tampered with or not a bundle; nothing was imported."""

    def __init__(self, path: Path, reason: Message) -> None:
        """`reason`: one of core/messages.py's BUNDLE_ codes."""
        super().__init__(Code.BUNDLE_REFUSED(path=path, reason=reason))


def canonical(record: dict) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _SignerRefused(BrokenBundle):
    def __init__(self, path: Path, reason: Message, name: str, fingerprint: str) -> None:
        super().__init__(path, reason)
        self.name, self.fingerprint = name, fingerprint  # for the window's own words


class UnknownLaptop(_SignerRefused):
    """Signed by a laptop key nobody registered here."""


class RevokedLaptop(_SignerRefused):
    """Signed by a laptop key the organizer revoked."""


class OldBundle(BrokenBundle):
    """Authenticated with the shared bundle key of older versions: refused."""


# --- reading local records ----------------------------------------------------------------


def _plain(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], where: str,
           params: list) -> Iterator[dict]:
    sql = f"SELECT {', '.join(columns)} FROM {table} {where}"
    for row in conn.execute(sql, params):
        yield dict(zip(columns, row, strict=True))


def _responses(conn: sqlite3.Connection, where: str, params: list) -> Iterator[dict]:
    answers: dict[str, dict[str, str]] = {}
    sql = (f"SELECT a.response_id, a.question_key, a.value FROM survey_answers a"
           f" JOIN survey_responses r ON r.id = a.response_id {where}")
    for response_id, key, value in conn.execute(sql, params):
        answers.setdefault(response_id, {})[key] = value
    for record in _plain(conn, "survey_responses r", tuple(f"r.{c}" for c in RESPONSE_COLUMNS),
                         where, params):
        out = {c: record[f"r.{c}"] for c in RESPONSE_COLUMNS}
        out["answers"] = answers.get(out["id"], {})
        yield out


def local_records(conn: sqlite3.Connection, table: str, ids: list[str] | None = None,
                  not_bundled: bool = False) -> Iterator[dict]:
    """Records of `table` as bundle dicts: all, those with `ids`, or those never bundled."""
    alias = {"survey_responses": "r", "signups": "signups"}.get(table, "t")
    where, params = "", []
    if ids is not None:
        where = f"WHERE {alias}.id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    elif not_bundled:
        where = (f"WHERE NOT EXISTS (SELECT 1 FROM bundled_records b"
                 f" WHERE b.table_name = '{table}' AND b.record_id = {alias}.id)")
    if table == "survey_responses":
        yield from _responses(conn, where, params)
    elif table == "signups":
        yield from contacts.iter_portable(conn, where, params)
    else:
        yield from _plain(conn, f"{table} t", FIELDS[table], where, params)


# --- writing ------------------------------------------------------------------------------


def jsonl(records: list[dict]) -> bytes:
    records.sort(key=lambda r: r["id"])  # random UUIDs: no order survives
    return "".join(canonical(r) + "\n" for r in records).encode("utf-8")


def build_zip(files: dict[str, bytes], header: dict, keys: OrgKeys, signer: SigningKey,
              laptop_name: str) -> tuple[bytes, dict]:
    """The bundle's bytes, signed over the manifest (which holds every file's SHA-256)."""
    manifest = {
        **header,
        "org_id": keys.org_id,
        "org_name": keys.org_name,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "laptop_key": base64.b64encode(bytes(signer.verify_key)).decode("ascii"),
        "laptop_name": laptop_name,
        "files": {
            name: {"sha256": sha256(data), "bytes": len(data), "records": data.count(b"\n")}
            for name, data in files.items()
        },
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(MANIFEST_SIG, signer.sign(manifest_bytes).signature.hex() + "\n")
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue(), manifest


# --- reading and verifying ----------------------------------------------------------------


@dataclass
class Bundle:
    manifest: dict
    records: dict[str, list[dict]]  # table -> records
    sha256: str
    laptop: Laptop  # the registered laptop whose key signed it

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]


_PLAIN = frozenset({str, int, float, bool, type(None)})  # the exact types JSON gives _SCALAR
_PLAIN_OR_ANSWERS = _PLAIN | {dict}


def _plain_fields(record: dict, table: str) -> bool:
    """True when _check_record's loop below would pass every field: the same test in C
    iterators for the usual record, whose fields JSON gave exact types (a response carries some
    20 answers, a bundle 100,000 records). False sends the record through the loop, which names
    the field at fault."""
    types = list(map(type, record.values()))
    if table != "survey_responses":
        return _PLAIN.issuperset(types)
    answers = record["answers"]
    if not (type(answers) is dict and types.count(dict) == 1  # no dict but the answers
            and _PLAIN_OR_ANSWERS.issuperset(types)):
        return False
    try:  # str.join takes text only: every key and every value is text
        "".join(answers)
        "".join(answers.values())
    except TypeError:
        return False
    return True


def _check_record(path: Path, name: str, line: int, record: object, table: str) -> dict:
    if (isinstance(record, dict) and record.keys() == _FIELD_SETS[table]
            and isinstance(record["id"], str) and len(record["id"]) == 36
            and _plain_fields(record, table)):
        return record
    where = Code.BUNDLE_LINE(name=name, line=line)  # a Message: only for a refusal
    if not isinstance(record, dict):
        raise BrokenBundle(path, Code.BUNDLE_NOT_A_RECORD(where=where))
    expected = _FIELD_SETS[table]
    if record.keys() != expected:
        missing = sorted(expected - set(record))
        extra = sorted(set(record) - expected)
        raise BrokenBundle(path, Code.BUNDLE_FIELDS_DIFFER(where=where, missing=missing,
                                                           extra=extra))
    if not isinstance(record["id"], str) or len(record["id"]) != 36:
        raise BrokenBundle(path, Code.BUNDLE_ID_NOT_UUID(where=where))
    for key, value in record.items():
        if key == "answers":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise BrokenBundle(path, Code.BUNDLE_ANSWERS_NOT_TEXT(where=where))
        elif value is not None and not isinstance(value, _SCALAR):
            raise BrokenBundle(path, Code.BUNDLE_FIELD_TYPE(where=where, key=key,
                                                            kind=type(value).__name__))
    return record


def _signer(path: Path, manifest: dict, laptops: dict[bytes, Laptop]) -> Laptop:
    claimed = str(manifest.get("laptop_name"))[:80]
    try:
        public = base64.b64decode(str(manifest.get("laptop_key")), validate=True)
    except ValueError:
        public = b""
    if len(public) != 32:
        raise BrokenBundle(path, Code.BUNDLE_NO_LAPTOP_KEY())
    laptop = laptops.get(public)
    fingerprint = laptop_key.fingerprint(public)
    if laptop is None:
        raise UnknownLaptop(path, Code.BUNDLE_UNREGISTERED(
            name=repr(claimed), fingerprint=fingerprint), claimed, fingerprint)
    if laptop.revoked:
        raise RevokedLaptop(path, Code.BUNDLE_REVOKED(
            name=repr(laptop.name), fingerprint=fingerprint,
            time=str(laptop.revoked_at)[:16]), laptop.name, fingerprint)
    return laptop


def _manifest(path: Path, archive: zipfile.ZipFile, names: set[str], keys: OrgKeys,
              laptops: dict[bytes, Laptop]) -> tuple[dict, Laptop]:
    if MANIFEST not in names:
        raise BrokenBundle(path, Code.BUNDLE_NO_MANIFEST())
    manifest_bytes = bounded.read_member(archive, MANIFEST, MANIFEST_MAX)
    manifest = bounded.loads(manifest_bytes, f"{path} {MANIFEST}")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BrokenBundle(path, Code.BUNDLE_NOT_OURS())
    if manifest.get("format_version") == 2 or OLD_MANIFEST_MAC in names:
        raise OldBundle(path, Code.BUNDLE_SHARED_KEY())
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BrokenBundle(path, Code.BUNDLE_FORMAT_VERSION(
            found=manifest.get("format_version"), expected=FORMAT_VERSION))
    if manifest.get("org_id") != keys.org_id:
        raise BrokenBundle(path, Code.BUNDLE_OTHER_ORG(
            theirs=repr(str(manifest.get("org_name"))[:80]), ours=repr(keys.org_name)))
    laptop = _signer(path, manifest, laptops)
    if MANIFEST_SIG not in names:
        raise BrokenBundle(path, Code.BUNDLE_UNSIGNED())
    claimed = bounded.read_member(archive, MANIFEST_SIG, 256).decode("ascii", "replace").strip()
    try:
        signature = bytes.fromhex(claimed)
    except ValueError:
        signature = b""
    if not laptop_key.verify(laptop.public_key, manifest_bytes, signature):
        raise BrokenBundle(path, Code.BUNDLE_BAD_SIGNATURE(name=repr(laptop.name),
                                                           fingerprint=laptop.fingerprint))
    return manifest, laptop


_KEYS: dict[str, str] = {}


def _interned(pairs: list[tuple[str, object]]) -> dict:
    # Every record repeats the same field names: one string each instead of one per record
    # (a quarter of a parsed response's memory).
    return {_KEYS.setdefault(k, k) if len(_KEYS) < 4096 else k: v for k, v in pairs}


_decoder = json.JSONDecoder(object_pairs_hook=_interned)


def _records(path: Path, archive: zipfile.ZipFile, name: str, info: dict, table: str
             ) -> list[dict]:
    """One member, streamed: each line hashed, size-checked and parsed as it is read; the
    SHA-256, size and count are compared with the signed manifest at the end."""
    digest, size = hashlib.sha256(), 0
    out: list[dict] = []
    declared = info["bytes"]
    if not isinstance(declared, int) or archive.getinfo(name).file_size != declared:
        raise BrokenBundle(path, Code.BUNDLE_WRONG_SIZE(name=name))
    # zipfile's own readline is Python code peeking a few bytes at a time; a buffered reader
    # over the member finds each line in C (64 kB read ahead, never more).
    with io.BufferedReader(archive.open(name), 1 << 16) as handle:  # type: ignore[type-var]
        while line := handle.readline(LINE_MAX + 1):
            size += len(line)
            if size > declared:
                raise BrokenBundle(path, Code.BUNDLE_LARGER_THAN_SAID(name=name))
            if len(line) > LINE_MAX:
                raise bounded.TooLarge(Code.BUNDLE_LINE_TOO_LONG(
                    path=path, where=Code.BUNDLE_LINE(name=name, line=len(out) + 1),
                    limit=LINE_MAX >> 20))
            if len(out) >= RECORDS_MAX:
                raise bounded.TooLarge(Code.BUNDLE_TOO_MANY_RECORDS(path=path, name=name,
                                                                    most=RECORDS_MAX))
            digest.update(line)
            try:
                record = _decoder.decode(line.decode("utf-8"))
            except RecursionError:
                raise bounded.TooLarge(Code.JSON_TOO_DEEP(
                    where=Code.BUNDLE_LINE(name=name, line=len(out) + 1))) from None
            out.append(_check_record(path, name, len(out) + 1, record, table))
    if digest.hexdigest() != info["sha256"]:
        raise BrokenBundle(path, Code.BUNDLE_ALTERED(name=name))
    if size != declared:
        raise BrokenBundle(path, Code.BUNDLE_WRONG_SIZE(name=name))
    if len(out) != info["records"]:
        raise BrokenBundle(path, Code.BUNDLE_RECORD_COUNT(name=name, count=len(out),
                                                          declared=info["records"]))
    return out


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_bundle(path: Path, keys: OrgKeys, laptops: dict[bytes, Laptop]) -> Bundle:
    """Open and verify a bundle completely; raises BrokenBundle or TooLarge naming the first
    problem. `laptops`: the registered laptop keys (laptops.registry). Nothing is inflated
    before the signer is known and allowed, nothing larger than the limits ever."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > bounded.BUNDLE_LIMITS.file_bytes:
            raise bounded.TooLarge(Code.ZIP_FILE_TOO_BIG(
                what=Code.KIND_BUNDLE(), path=path, size=size >> 20,
                limit=bounded.BUNDLE_LIMITS.file_bytes >> 20))
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise SosError(Code.BUNDLE_MISSING(path=path)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise BrokenBundle(path, Code.BUNDLE_NOT_ZIP()) from None
    except OSError as exc:
        raise SosError(Code.BUNDLE_UNREADABLE(path=path, reason=exc.strerror)) from None
    try:
        with archive:
            bounded.check_zip(archive, path, bounded.BUNDLE_LIMITS, Code.KIND_BUNDLE())
            names = set(archive.namelist())
            manifest, laptop = _manifest(path, archive, names, keys, laptops)
            files = manifest["files"]
            expected = {f"{t}.jsonl" for t in TABLES}
            if set(files) != expected or names != expected | {MANIFEST, MANIFEST_SIG}:
                raise BrokenBundle(path, Code.BUNDLE_FILES_MISMATCH())
            records = {table: _records(path, archive, f"{table}.jsonl",
                                       files[f"{table}.jsonl"], table) for table in TABLES}
        digest = _file_sha256(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError):
        raise BrokenBundle(path, Code.BUNDLE_NOT_ZIP()) from None
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        raise BrokenBundle(path, Code.BUNDLE_MALFORMED(detail=exc)) from None
    except OSError as exc:
        raise SosError(Code.BUNDLE_UNREADABLE(path=path, reason=exc.strerror)) from None
    return Bundle(manifest, records, digest, laptop)
