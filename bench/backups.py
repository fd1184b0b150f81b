"""Backup, verify and restore of a clinic, each as a ratio to copying the same
bytes (the database and its key slots) with `shutil.copyfile`, measured in the
same run. A backup copies the encrypted file and its log raw under a read
transaction, makes it one file, hashes and fsyncs it (`backup.write`: up to
the step "verifying the backup"), then runs the whole check of the copy and
seals the manifest as verified (`backup.create`: all of it; the backup counts
only then). `backup.verify` is `check_backup` alone, as `mottagning backup
verify` runs it. A restore derives the key of its key slot (one Argon2id),
copies the files in hashing them in the same pass, checks the hashes against
the sealed manifest, opens the copy (seal, schema, anchor) and swaps it in."""

import shutil
import time
from functools import partial
from pathlib import Path

from bench import measures
from bench.build import LEAD, PASSWORD
from bench.dataset import Dataset
from bench.figures import Figure, figure
from bench.measures import MS
from bench.stats import median, timed
from mottagning.services.backup_check import check_backup
from mottagning.services.backups import load_backup
from mottagning.services.clock import SystemClock
from mottagning.services.restore import RestoreAuthority, restore_backup
from mottagning.storage.files import ClinicFiles


def _copy(files: ClinicFiles, target: Path) -> None:
    for path in (files.database, files.keyslots):
        shutil.copyfile(path, target / path.name)


def _copy_floor(files: ClinicFiles, scratch: Path) -> float:
    target = scratch / "plain-copy"
    target.mkdir()
    try:
        return MS * timed(partial(_copy, files, target))[0]
    finally:
        shutil.rmtree(target)


def measure(data: Dataset, repeat: int, scratch: Path) -> list[Figure]:
    gate = measures.gate(data.files)
    lead = gate.login(LEAD, PASSWORD)
    copies: list[float] = []
    made: list[float] = []
    written: list[float] = []
    checked: list[float] = []
    restored: list[float] = []
    authority = RestoreAuthority(LEAD, PASSWORD)
    try:
        lead.clinic.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = lead.keys.bundle.database_key
        for run in range(repeat):
            copies.append(_copy_floor(data.files, scratch))
            destination = scratch / f"backups-{run}"
            steps = _Steps()
            seconds, result = timed(partial(lead.backups.create, steps, to=destination))
            made.append(MS * seconds)
            written.append(MS * (steps.verifying - steps.started))
            backup = load_backup(Path(result.backups[0].folder))
            checked.append(MS * timed(partial(check_backup, backup, key))[0])
            target = ClinicFiles(scratch / f"restored-{run}")
            restore = partial(restore_backup, target, backup.folder, authority, SystemClock())
            restored.append(MS * timed(restore)[0])
            shutil.rmtree(destination)
            shutil.rmtree(target.data_dir)
        lead.logout()
    finally:
        gate.close()
    floor = median(copies)
    label = "shutil.copyfile of the same files"
    size = data.size
    return [
        figure(
            "backup.write",
            "backup: write (copy, hash, fsync; before its check)",
            size,
            written,
            floor=floor,
            floor_label=label,
        ),
        figure(
            "backup.create", "backup: make and verify", size, made, floor=floor, floor_label=label
        ),
        figure("backup.verify", "backup: verify", size, checked, floor=floor, floor_label=label),
        figure(
            "backup.restore",
            "backup: restore on a new folder",
            size,
            restored,
            floor=floor,
            floor_label=label,
        ),
    ]


class _Steps:
    """A backup's progress callback that notes when its check begins."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.verifying = 0.0

    def __call__(self, fraction: float, step: str) -> None:
        del fraction
        if step == "verifying the backup" and not self.verifying:
            self.verifying = time.perf_counter()
