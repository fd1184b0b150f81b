"""The small files beside the database, damaged at random or edited by hand:
every one gives a clear message (the program's own error), never a traceback,
and a damaged key file is never taken for a wrong password.

Hypothesis flips bits and replaces values; each case runs the real login (and
`verify` for the key file) on a copy of a real clinic's folder.
"""

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mottagning.errors import KeySlotsDamaged, UserError
from mottagning.services.authentication import Authenticator
from mottagning.storage.chain_head import ChainHeadFile
from mottagning.storage.files import ClinicFiles
from mottagning.storage.preferences import LocalPreferences
from tests.support import FAST_KDF, LEAD, LEAD_PASSWORD, FakeClock

CASES = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> ClinicFiles:
    """A real clinic whose lead has logged in and out once, closed."""
    from mottagning.services.setup import create_clinic
    from tests.support import CLINIC

    files = ClinicFiles(tmp_path_factory.mktemp("pristine") / "clinic")
    clock = FakeClock()
    create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, clock, FAST_KDF)
    gate = Authenticator(files, clock, FAST_KDF, workstation="TEST-PC")
    gate.login(LEAD.username, LEAD_PASSWORD).logout()
    gate.close()
    return files


def copy_of(pristine: ClinicFiles, tmp_path: Path, name: str) -> ClinicFiles:
    target = tmp_path / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine.data_dir, target)
    return ClinicFiles(target)


def log_in(files: ClinicFiles) -> BaseException | None:
    """The outcome of the lead's login: None, or the error it raised."""
    gate = Authenticator(files, FakeClock(), FAST_KDF, workstation="TEST-PC")
    try:
        gate.login(LEAD.username, LEAD_PASSWORD)
    except Exception as error:
        return error
    finally:
        gate.close()
    return None


def flip(data: bytes, bit: int) -> bytes:
    changed = bytearray(data)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


def replace_at(content: Any, path: list[int], value: Any) -> Any:
    """`content` with the node chosen by `path` (indexes into each level) replaced."""
    changed = copy.deepcopy(content)
    node = changed
    for step in path:
        if isinstance(node, dict) and node:
            key = sorted(node)[step % len(node)]
            if not isinstance(node[key], dict | list) or step == path[-1]:
                node[key] = value
                return changed
            node = node[key]
        elif isinstance(node, list) and node:
            index = step % len(node)
            if not isinstance(node[index], dict | list) or step == path[-1]:
                node[index] = value
                return changed
            node = node[index]
    return value


# --- The key file ---------------------------------------------------------------------


@CASES
@given(bit=st.integers(min_value=0))
def test_a_flipped_bit_in_the_key_file_is_damage_not_a_wrong_password(pristine, tmp_path, bit):
    files = copy_of(pristine, tmp_path, "flip")
    data = files.keyslots.read_bytes()
    files.keyslots.write_bytes(flip(data, bit % (len(data) * 8)))
    outcome = log_in(files)
    assert isinstance(outcome, KeySlotsDamaged), repr(outcome)
    assert not files.login_throttle.exists(), "damage does not count as a failed login"


@CASES
@given(
    path=st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=4), value=json_values
)
def test_an_edited_key_file_gives_a_clear_message(pristine, tmp_path, path, value):
    files = copy_of(pristine, tmp_path, "edit")
    content = json.loads(files.keyslots.read_bytes())
    edited = replace_at(content, path, value)
    files.keyslots.write_text(json.dumps(edited), encoding="utf-8")
    outcome = log_in(files)
    if edited != content:
        assert isinstance(outcome, KeySlotsDamaged), repr(outcome)


@pytest.mark.parametrize(
    "edit",
    [
        lambda c: c["slots"][0].update(salt="not base64!"),
        lambda c: c["slots"][0].pop("kdf"),
        lambda c: c["slots"][0]["kdf"].update(memory_kib=1),
        lambda c: c["slots"][0]["kdf"].update(memory_kib=2**40),
        lambda c: c.update(slots={"0": c["slots"][0]}),
        lambda c: c.update(tag_salt=None),
    ],
    ids=["bad-base64", "no-kdf", "tiny-memory", "huge-memory", "slots-a-dict", "no-tag-salt"],
)
def test_the_edits_seen_in_review_are_damage(clinic, edit):
    content = json.loads(clinic.files.keyslots.read_bytes())
    content.pop("checksum", None)  # as an older file, or a careful editor, would have
    edit(content)
    clinic.files.keyslots.write_text(json.dumps(content), encoding="utf-8")
    assert isinstance(log_in(clinic.files), KeySlotsDamaged)


# --- The access-log head, the preferences ---------------------------------------------


@CASES
@given(
    bit=st.integers(min_value=0), path=st.lists(st.integers(0, 9), max_size=3), value=json_values
)
def test_a_damaged_head_file_is_reported_or_ignored_never_a_crash(
    pristine, tmp_path, bit, path, value
):
    files = copy_of(pristine, tmp_path, "head")
    data = files.audit_head.read_bytes()
    files.audit_head.write_bytes(flip(data, bit % (len(data) * 8)))
    head = ChainHeadFile(files.audit_head).read()  # a damaged head reads as missing
    assert head is None or isinstance(head.head.seq, int)
    outcome = log_in(files)
    assert outcome is None or isinstance(outcome, UserError), repr(outcome)
    content = json.loads(data)
    files.audit_head.write_text(json.dumps(replace_at(content, path, value)), encoding="utf-8")
    outcome = log_in(files)
    assert outcome is None or isinstance(outcome, UserError), repr(outcome)


@CASES
@given(content=json_values, raw=st.binary(max_size=64))
def test_damaged_preferences_fall_back_to_the_defaults(tmp_path, content, raw):
    preferences = LocalPreferences(tmp_path / "preferences.json")
    for data in (json.dumps(content).encode(), raw):
        preferences.path.write_bytes(data)
        assert preferences.language() in (None, "sv", "en")
        assert isinstance(preferences.clinic_name(), str)
        preferences.set_language("sv")
        assert preferences.language() == "sv"
