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
from sos_desktop.i18n import QT_TR_NOOP, tr

PASSPHRASE_ENV = "SOS_DESKTOP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SOS_DESKTOP_NEW_PASSPHRASE"
RECOVERY_ENV = "SOS_DESKTOP_RECOVERY_KEY"

LOSS_WARNING = QT_TR_NOOP(
    "Keep the passphrase and this recovery key apart from the laptop. If both are "
    "lost, the contact details on this laptop are gone for good: nobody, not even the app's "
    "makers, can open them.")


def build(command: str, keys: argparse.ArgumentParser) -> None:
    sub = keys.add_subparsers(dest="keys_command", required=True)
    init = sub.add_parser("init", help=tr("set the passphrase and print the recovery key"))
    init.add_argument("--org", default="",
                      help=tr("organization name (shown to team laptops)"))
    init.set_defaults(handler=_init)
    sub.add_parser("status", help=tr("which organization, and whether contacts open here")
                   ).set_defaults(handler=_status)
    sub.add_parser("change-passphrase",
                   help=tr("new passphrase ({variable} or prompt)").format(
                       variable=NEW_PASSPHRASE_ENV)).set_defaults(handler=_change)
    sub.add_parser("recover",
                   help=tr("recovery key ({variable} or prompt), new passphrase").format(
                       variable=RECOVERY_ENV)).set_defaults(handler=_recover)
    exp = sub.add_parser("export-public", help=tr("the file a team laptop joins with"))
    exp.add_argument("file", type=Path, metavar="FILE", help=tr("the file to write"))
    exp.set_defaults(handler=_export_public)
    join = sub.add_parser("join", help=tr("join the organization of an export-public file"))
    join.add_argument("file", type=Path, metavar="FILE",
                      help=tr("the file export-public wrote"))
    join.set_defaults(handler=_join)
    card = sub.add_parser("signing-key", help=tr("team laptop: the file that registers this "
                                                "laptop's bundle key with the organizer"))
    card.add_argument("file", type=Path, metavar="FILE", help=tr("the file to write"))
    card.add_argument("--name", default="", help=tr("how the organizer will see this laptop "
                                                    "(default: its computer name)"))
    card.add_argument("--new-key", action="store_true",
                      help=tr("make this laptop a new bundle key (after a revocation)"))
    card.set_defaults(handler=_laptop_key)
    reg = sub.add_parser("register", help=tr("organizer laptop: accept bundles from the "
                                             "laptop of a signing-key file"))
    reg.add_argument("file", type=Path, metavar="FILE", help=tr("the file signing-key wrote"))
    reg.add_argument("--name", default="", help=tr("the name to show for that laptop"))
    reg.set_defaults(handler=_register)
    sub.add_parser("list", help=tr("the laptops registered here and what each sent")
                   ).set_defaults(handler=_laptops)
    rev = sub.add_parser("revoke", help=tr("refuse every bundle from now on signed by a "
                                           "laptop's key"))
    rev.add_argument("laptop", metavar="LAPTOP",
                     help=tr("its name or key fingerprint (see `keys list`)"))
    rev.set_defaults(handler=_revoke)


def _secret(env: str, prompt: str, what: str) -> str:
    """`what`: the message when there is no way to ask, with `{variable}` for `env`."""
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise SosError(what.format(variable=env))


def ask_passphrase() -> str:
    return _secret(PASSPHRASE_ENV, tr("Organizer passphrase: "),
                   tr("this needs the organizer's passphrase: set {variable} or run the "
                      "command on a terminal"))


def ask_new_passphrase(env: str = PASSPHRASE_ENV) -> str:
    value = os.environ.get(env)
    if value:
        _check_new(value)
        return value
    first = _secret(env, tr("New passphrase (a few uncommon words): "),
                    tr("this needs a new passphrase: set {variable} or run the command on a "
                       "terminal"))
    _check_new(first)
    if getpass.getpass(tr("The same passphrase again: ")) != first:
        raise SosError(tr("the two passphrases differ; nothing was changed"))
    return first


def _check_new(passphrase: str) -> None:
    """core's rules for a new passphrase; a guessable one refused in the organizer's words."""
    from sos_desktop.core.security.keys import check_new_passphrase
    from sos_desktop.core.security.strength import WeakPassphrase

    try:
        check_new_passphrase(passphrase)
    except WeakPassphrase as exc:
        from sos_desktop.words.passphrases import weakness_text

        raise SosError(weakness_text(exc.weakness) + " "
                       + tr("Nothing was changed.")) from exc


def print_recovery_key(org_name: str, recovery: str) -> None:
    print(tr("Organization key created for {organization}.").format(
        organization=repr(org_name)))
    print(tr("RECOVERY KEY (print it or write it down now; it is shown only this once):"))
    print(f"    {recovery}")
    print(tr(LOSS_WARNING))


def seal_keys_from_terminal(count: int):
    """For open_database: an older database has `count` plain sign-ups to seal."""
    from sos_desktop.core.security.keys import create_keys

    print(tr("sos-desktop: sealing %n sign-up(s) stored in plain text by an older version",
             None, count), file=sys.stderr)
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
        raise SosError(tr("this laptop already has the key of {organization}; use "
                          "`keys change-passphrase` or `keys recover`").format(
            organization=repr(keys.org_name)))
    _create(db, args.org)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import laptop_key
    from sos_desktop.core.security.keystore import read_keys

    db = open_db(args)
    keys = read_keys(db)
    if keys is None:
        print(tr("no organization key yet: `sos-desktop keys init` (or `keys join FILE`)"))
    elif keys.has_private_key:
        print(tr("organization {organization} ({id}); organizer laptop: contacts open with "
                 "the passphrase").format(organization=repr(keys.org_name), id=keys.org_id[:8]))
    else:
        print(tr("organization {organization} ({id}); team laptop: seals contacts, cannot "
                 "open them").format(organization=repr(keys.org_name), id=keys.org_id[:8]))
    if keys is not None and (db.path.parent / laptop_key.KEY_FILENAME).exists():
        print(tr("this laptop signs its bundles with key {fingerprint}").format(
            fingerprint=laptop_key.fingerprint(laptop_key.public_key(db.path.parent))))
    return EXIT_OK


def _change(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore

    db = open_db(args)
    key = keystore.unlock(db, ask_passphrase())
    keystore.change_passphrase(db, key, ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print(tr("passphrase changed; the recovery key stays the same"))
    return EXIT_OK


def _recover(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore
    from sos_desktop.core.security.keys import unlock_with_recovery

    db = open_db(args)
    key = unlock_with_recovery(keystore.read_keys(db), _secret(
        RECOVERY_ENV, tr("Recovery key: "),
        tr("this needs the recovery key: set {variable} or run the command on a terminal")))
    keystore.change_passphrase(db, key, ask_new_passphrase(NEW_PASSPHRASE_ENV))
    print(tr("new passphrase set with the recovery key"))
    return EXIT_OK


def _export_public(args: argparse.Namespace) -> int:
    from sos_desktop.core.security.keys import join_file
    from sos_desktop.core.security.keystore import read_keys
    from sos_desktop.core.storage.atomic import atomic_output

    keys = read_keys(open_db(args))
    if keys is None:
        raise SosError(tr("no organization key yet: run `sos-desktop keys init` first"))
    with atomic_output(args.file) as out:
        out.write(join_file(keys))
    os.chmod(args.file, 0o600)
    print(tr("wrote {file}: the public key of {organization} (nothing secret). Carry it to "
             "the team laptop and run `sos-desktop keys join FILE` there.").format(
        file=args.file, organization=repr(keys.org_name)))
    return EXIT_OK


def _join(args: argparse.Namespace) -> int:
    from sos_desktop.core.security import keystore
    from sos_desktop.core.security.keys import read_join_file

    public = read_join_file(_read(args.file), str(args.file))
    keystore.join(open_db(args), public)
    print(tr("this laptop now seals sign-ups for {organization}; only the organizer's laptop "
             "can open them. Next: `sos-desktop keys signing-key FILE`, and the organizer "
             "registers that file, so bundles from this laptop are accepted.").format(
        organization=repr(public.org_name)))
    return EXIT_OK


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SosError(tr("{file}: cannot read ({reason})").format(
            file=path, reason=exc.strerror)) from None


def _laptop_key(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.laptops import my_card
    from sos_desktop.core.security.laptop_key import card_file
    from sos_desktop.core.storage.atomic import atomic_output

    card = my_card(open_db(args), args.name, new_key=args.new_key)
    with atomic_output(args.file) as out:
        out.write(card_file(card))
    print(tr("wrote {file} for laptop {name}, key {fingerprint}. Carry it to the organizer, "
             "who runs `sos-desktop keys register FILE` and checks that the same key is "
             "shown.").format(file=args.file, name=repr(card.name),
                              fingerprint=card.fingerprint))
    return EXIT_OK


def _register(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.laptops import register
    from sos_desktop.core.security.laptop_key import read_card

    card = read_card(_read(args.file), str(args.file))
    laptop, new = register(unlocked(args), card, args.name)
    text = (tr("registered laptop {name}, key {fingerprint}: check that the laptop's own "
               "screen showed the same key; its bundles are accepted from now on") if new
            else tr("laptop {name}, key {fingerprint}, was already registered"))
    print(text.format(name=repr(laptop.name), fingerprint=laptop.fingerprint))
    return EXIT_OK


def _laptops(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.laptops import list_laptops

    laptops = list_laptops(open_db(args))
    for x in laptops:
        state = (tr("revoked {time}").format(time=str(x.revoked_at)[:16]) if x.revoked
                 else tr("accepted"))
        last = tr(", last {time}").format(time=str(x.last_bundle)[:16]) if x.last_bundle else ""
        print(tr("{fingerprint}  {name}  registered {time}  {state}  {bundles}{last}").format(
            fingerprint=x.fingerprint, name=x.name, time=str(x.registered_at)[:16],
            state=state, bundles=tr("%n bundle(s) merged", None, x.bundles), last=last))
    print(tr("%n laptop(s) registered", None, len(laptops)))
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    from sos_desktop.core.bundles.laptops import revoke

    laptop = revoke(unlocked(args), args.laptop)
    print(tr("revoked laptop {name}, key {fingerprint}: bundles it signs are refused from now "
             "on (what it sent before stays)").format(name=repr(laptop.name),
                                                      fingerprint=laptop.fingerprint))
    return EXIT_OK
