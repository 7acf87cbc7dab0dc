"""Derived gazetteer data kept on disk: the same data as derived afresh, rebuilt when a source
changes or the file is damaged, and no error when the folder cannot be written."""
from __future__ import annotations

import os

import pytest

from tollbook.gazetteer import lookup


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(lookup.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


@pytest.mark.parametrize("value", [{"kyiv": (703448,), "lviv": (702550, 702551)}, (("Київ", 2797553),), ()])
def test_a_second_process_reads_what_the_first_derived(folder, value):
    build, calls = _counting(value)
    assert lookup._derived("table", build) == value
    assert lookup._derived("table", build) == value
    assert len(calls) == 1 and len(list(folder.iterdir())) == 1


def test_each_name_has_its_own_file(folder):
    assert lookup._derived("one", lambda: (1,)) == (1,)
    assert lookup._derived("two", lambda: (2,)) == (2,)
    assert lookup._derived("one", lambda: (3,)) == (1,)


def test_a_changed_source_derives_anew_and_drops_the_old_file(folder, monkeypatch):
    lookup._derived("table", lambda: ("old",))
    monkeypatch.setattr(lookup, "_source_digest", lambda: "0123456789abcdef")
    build, calls = _counting(("new",))
    assert lookup._derived("table", build) == ("new",) and calls == [1]
    assert [p.name.endswith("-0123456789abcdef.marshal") for p in folder.iterdir()] == [True]


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9\x02\x00\x00\x00"])
def test_a_damaged_file_is_derived_again(folder, damage):
    lookup._derived("table", lambda: ("kept",))
    [path] = folder.iterdir()
    path.write_bytes(damage)
    build, calls = _counting(("again",))
    assert lookup._derived("table", build) == ("again",) and calls == [1]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv(lookup.CACHE_ENV, str(locked / "cache"))
    build, calls = _counting(("fresh",))
    assert lookup._derived("table", build) == ("fresh",)
    assert lookup._derived("table", build) == ("fresh",) and calls == [1, 1]


def test_a_folder_that_is_a_file_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(lookup.CACHE_ENV, str(blocker))
    build, calls = _counting(("fresh",))
    assert lookup._derived("table", build) == ("fresh",) and lookup._derived("table", build) == ("fresh",)
    assert calls == [1, 1]


def test_an_empty_setting_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(lookup.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert lookup.cache_folder() is None
    assert lookup._derived("table", lambda: (1,)) == (1,)
    assert list(tmp_path.iterdir()) == []


def test_the_kept_alternate_names_are_the_derived_ones(folder):
    lookup._alternate_names.cache_clear()
    try:
        kept = lookup._alternate_names()          # derived, and written
        lookup._alternate_names.cache_clear()
        assert lookup._alternate_names() == kept == lookup._build_alternate_names()  # read back
        assert kept["bruxelles"]
    finally:
        lookup._alternate_names.cache_clear()
