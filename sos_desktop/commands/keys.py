"""`sos-desktop keys …` and the passphrase for commands that read or seal contact data.

The passphrase comes from SOS_DESKTOP_PASSPHRASE, else a prompt when stdin is a terminal; with
neither, the command stops with a message. The first command that needs a key sets it up and
prints the recovery key once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sos_desktop.commands import EXIT_OK, open_db
from sos_desktop.core.errors import SosError

PASSPHRASE_ENV = "SOS_DESKTOP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SOS_DESKTOP_NEW_PASSPHRASE"
RECOVERY_ENV = "SOS_DESKTOP_RECOVERY_KEY"

LOSS_WARNING = ("Keep the passphrase and this recovery key apart from the laptop. If both are "
                "lost, the contact details on this laptop are gone for good: nobody, not even "
                "the app's makers, can open them.")


def build(command: str, keys: argparse.ArgumentParser) -> None:
    sub = keys.add_subparsers(dest="keys_command", required=True)
    init = sub.add_parser("init", help="set the passphrase and print the recovery key")
    init.add_argument("--org", default="", help="organization name (shown to team laptops)")
    init.set_defaults(handler=_init)
    sub.add_parser("status", help="which organization, and whether contacts open here"
                   ).set_defaults(handler=_status)
    sub.add_parser("change-passphrase", help=f"new passphrase ({NEW_PASSPHRASE_ENV} or prompt)"
                   ).set_defaults(handler=_change)
    sub.add_parser("recover", help=f"recovery key ({RECOVERY_ENV} or prompt), new passphrase"
                   ).set_defaults(handler=_recover)
    exp = sub.add_parser("export-public", help="the file a team laptop joins with")
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=_export_public)
    join = sub.add_parser("join", help="join the organization of an export-public file")
    join.add_argument("file", type=Path)
    join.set_defaults(handler=_join)


def _secret(env: str, prompt: str, what: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise SosError(f"this needs {what}: set {env} or run the command on a terminal")


def ask_passphrase() -> str:
    return _secret(PASSPHRASE_ENV, "Organizer passphrase: ", "the organizer's passphrase")


def ask_new_passphrase(env: str = PASSPHRASE_ENV) -> str:
    from sos_desktop.core.security.keys import check_new_passphrase

    value = os.environ.get(env)
    if value:
        check_new_passphrase(value)
        return value
    first = _secret(env, "New passphrase (10 characters or more): ", "a new passphrase")
    check_new_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise SosError("the two passphrases differ; nothing was changed")
    return first


def print_recovery_key(org_name: str, recovery: str) -> None:
    print(f"Organization key created for {org_name!r}.")
    print("RECOVERY KEY (print it or write it down now; it is shown only this once):")
    print(f"    {recovery}")
    print(LOSS_WARNING)


def seal_keys_from_terminal(count: int):
    """For open_database: an older database has `count` plain sign-ups to seal."""
    from sos_desktop.core.security.keys import create_keys

    print(f"sos-desktop: sealing {count} {'sign-up' if count == 1 else 'sign-ups'} stored in "
          "plain text by an older version", file=sys.stderr)
    keys, recovery = create_keys(ask_new_passphrase())
    print_recovery_key(keys.org_name, recovery)
    return keys


def _create(db, org: str = "") -> None:
    from sos_desktop.core.security import keystore
    from sos_desktop.core.security.keys import DEFAULT_ORG_NAME

    name = org or DEFAULT_ORG_NAME
    recovery = keystore.create(db, ask_new_passphrase(), name)
    print_recovery_key(name, recovery)


def with_public_key(args: argparse.Namespace):
    """The database, with an organization key (set up on first use) to seal sign-ups."""
    from sos_desktop.core.security.keystore import read_keys

    db = open_db(args)
    if read_keys(db) is None:
        _create(db)
    return db


def unlocked(args: argparse.Namespace):
    """The database with its private key unlocked, for commands that read contacts."""
    from sos_desktop.core.security import keystore

    db = open_db(args)
    if keystore.read_keys(db) is None:
        _create(db)  # first run: nothing sealed yet, and now a key for what comes
    else:
        keystore.unlock(db, ask_passphrase())
    return db


def _init(args: argparse.Namespace) -> int:
    from sos_desktop.core.security.keystore import read_keys

    db = open_db(args)
    keys = read_keys(db)
    if keys is not None:
        raise SosError(f"this laptop already has the key of {keys.org_name!r}; use "
                       "`keys change-passphrase` or `keys recover`")
    _create(db, args.org)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from sos_desktop.core.security.keystore import read_keys

    keys = read_keys(open_db(args))
    if keys is None:
        print("no organization key yet: `sos-desktop keys init` (or `keys join FILE`)")
    else:
        kind = ("organizer laptop: contacts open with the passphrase" if keys.has_private_key
                else "team laptop: seals contacts, cannot open them")
        print(f"organization {keys.org_name!r} ({keys.org_id[:8]}); {kind}")
    return EXIT_OK


def _change(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore

    db = open_db(args)
    key = keystore.unlock(db, ask_passphrase())
    keystore.change_passphrase(db, key, ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print("passphrase changed; the recovery key stays the same")
    return EXIT_OK


def _recover(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore
    from sos_desktop.core.security.keys import unlock_with_recovery

    db = open_db(args)
    key = unlock_with_recovery(keystore.read_keys(db),
                               _secret(RECOVERY_ENV, "Recovery key: ", "the recovery key"))
    keystore.change_passphrase(db, key, ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print("new passphrase set with the recovery key")
    return EXIT_OK


def _export_public(args: argparse.Namespace) -> int:
    from sos_desktop.core.atomic import atomic_output
    from sos_desktop.core.security.keys import join_file
    from sos_desktop.core.security.keystore import read_keys

    keys = read_keys(open_db(args))
    if keys is None:
        raise SosError("no organization key yet: run `sos-desktop keys init` first")
    with atomic_output(args.file) as out:
        out.write(join_file(keys))
    os.chmod(args.file, 0o600)
    print(f"wrote {args.file}: public key and bundle key of {keys.org_name!r}. Carry it to the "
          "team laptop, run `sos-desktop keys join FILE` there, then delete the file (it lets "
          "its holder make bundles your laptops accept).")
    return EXIT_OK


def _join(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore
    from sos_desktop.core.security.keys import read_join_file

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise SosError(f"{args.file}: cannot read ({exc.strerror})") from None
    public = read_join_file(data, str(args.file))
    keystore.join(open_db(args), public)
    print(f"this laptop now seals sign-ups for {public.org_name!r} and exchanges bundles with "
          "its laptops; only the organizer's laptop can open them")
    return EXIT_OK
