"""Sealing a sign-up's contacts: round trip, only the private key opens, lengths padded."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sos_desktop.core.security import keys as k
from sos_desktop.core.security.sealing import ContactKey, SealBroken, Sealer

_KEYS, _ = k.create_keys("correct horse battery staple", cost=k.FAST_FOR_TESTS)
_KEY = k.unlock(_KEYS, "correct horse battery staple")


@given(st.lists(st.text(), min_size=6, max_size=6))
def test_any_unicode_contact_round_trips(fields):
    """Ensure whatever text a student types comes back exactly after sealing."""
    blob = Sealer(_KEYS.public_key).seal(fields)
    assert _KEY.open(blob) == tuple(fields)
    for field in fields:
        if len(field) > 3:
            assert field.encode("utf-8") not in blob


def test_another_organizations_key_cannot_open():
    """Ensure a blob sealed for one organization is refused by another's key."""
    other, _ = k.create_keys("another long passphrase", cost=k.FAST_FOR_TESTS)
    blob = Sealer(other.public_key).seal(["a"] * 6)
    with pytest.raises(SealBroken, match="another organization"):
        _KEY.open(blob)


def test_lengths_are_padded():
    """Ensure short and slightly longer names give blobs of the same size."""
    sealer = Sealer(_KEYS.public_key)
    assert len(sealer.seal(["Al", "Li", "", "a@b.co", "", ""])) == len(
        sealer.seal(["Alexandra", "Lindqvist", "", "alex@b.co", "", ""]))


def test_private_key_opens_what_its_public_key_sealed():
    key = ContactKey(_KEY.private_bytes())
    assert key.open(key.sealer().seal(["x"] * 6)) == ("x",) * 6
