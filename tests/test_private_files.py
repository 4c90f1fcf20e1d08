"""Files with residents' data: private, complete, never over another file, never via a link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from iok_desk.private_files import TargetExists, TargetNotWritable, prepare, write_private


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_written_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o000)
    try:
        path = write_private(tmp_path / "letter.pdf", b"%PDF-1.4")
    finally:
        os.umask(previous)
    assert mode(path) == 0o600
    assert path.read_bytes() == b"%PDF-1.4"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_an_existing_file_is_kept_unless_overwrite_is_asked(tmp_path: Path) -> None:
    target = tmp_path / "pismo.pdf"
    target.write_bytes(b"A's only letter")
    with pytest.raises(TargetExists, match="--overwrite"):
        write_private(target, b"B")
    assert target.read_bytes() == b"A's only letter"
    write_private(target, b"B", overwrite=True)
    assert target.read_bytes() == b"B"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pismo.pdf"]


def test_a_symlink_at_the_target_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"untouched")
    link = tmp_path / "export.csv"
    link.symlink_to(victim)
    with pytest.raises(TargetExists):
        write_private(link, b"data")
    write_private(link, b"data", overwrite=True)
    assert victim.read_bytes() == b"untouched"
    assert not link.is_symlink() and link.read_bytes() == b"data"


def test_a_folder_or_a_missing_folder_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(TargetNotWritable, match="folderem"):
        write_private(tmp_path, b"x")
    with pytest.raises(TargetNotWritable):
        write_private(tmp_path / "missing" / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_appears_before_the_move_is_kept_and_the_copy_named(tmp_path: Path) -> None:
    target = tmp_path / "pismo.pdf"
    pending = prepare(target, b"complete letter")
    target.write_bytes(b"someone else's")
    with pytest.raises(TargetNotWritable) as refused:
        pending.move_into_place()
    assert str(pending.temporary) in refused.value.message
    assert pending.temporary.read_bytes() == b"complete letter"
    assert target.read_bytes() == b"someone else's"
