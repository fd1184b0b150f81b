"""What a check of the access log found, said to the clinic lead: each kind of
problem in words and what to do, the English details (for IT) apart."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from mottagning.models.access_log import Anchor
from mottagning.services.log_integrity import LogIntegrity
from mottagning.ui.formatting import local_datetime


def verdict(result: LogIntegrity, anchor: Anchor | None, zone: ZoneInfo) -> str:
    """One paragraph: whole, or what is wrong and what to do."""
    return LogVerdict().said(result, anchor, zone)


class LogVerdict(QObject):
    def said(self, result: LogIntegrity, anchor: Anchor | None, zone: ZoneInfo) -> str:
        said: list[str] = []
        broken = [chain for chain in result.chains if not chain.intact]
        if broken:
            said.append(
                self.tr(
                    "The chain is BROKEN at entry {seq}: that entry or one before it "
                    "has been changed or removed."
                ).format(seq=broken[0].first_broken_seq)
            )
        if result.root_problems:
            said.append(
                self.tr(
                    "The clinic's root key is not the one it was: the clinic's keys may have "
                    "been replaced."
                )
            )
        if result.key_problems:
            said.append(
                self.tr(
                    "A staff member's signing key was swapped or is not certified by the "
                    "clinic's root key: entries signed with it cannot be trusted."
                )
            )
        if result.trigger_problems:
            said.append(
                self.tr(
                    "The protection that keeps log entries from being changed was removed "
                    "or altered."
                )
            )
        if result.anchor_problems and anchor is not None:
            said.append(
                self.tr(
                    "The log does not match the anchor of {at}: entries up to entry {seq} were "
                    "changed or removed, or an older copy of the data folder was put back."
                ).format(at=local_datetime(anchor.at, zone), seq=anchor.seq)
            )
        if said:
            said.append(self.tr("Contact IT and keep a copy of the data folder as it is."))
            return " ".join(said)
        checked = sum(chain.entries_checked for chain in result.chains)
        said.append(
            self.tr(
                "The log is whole: %n entries checked, none changed or missing, every "
                "signature and key valid.",
                "",
                checked,
            )
        )
        if anchor is not None:
            said.append(
                self.tr("It matches the anchor of {at} (entry {seq}).").format(
                    at=local_datetime(anchor.at, zone), seq=anchor.seq
                )
            )
        if result.recorded_mismatches:
            said.append(
                self.tr(
                    "Logins found %n time(s) that the newest changes were missing (see the "
                    "entries 'Database older than expected').",
                    "",
                    len(result.recorded_mismatches),
                )
            )
        return " ".join(said)
