"""One exception tree for the whole program.

`UserError` is a known condition the user can act on (wrong password, disk
full, damaged file, a permission the role lacks). Its `message` is an English
source text with `{placeholders}`, marked for translation and turned into the
user's language only at the edge (`describe`). Any other exception is a bug:
the UI shows a crash dialog and the log keeps a redacted trace.

Messages name the reason and the way forward. They may name what the user is
working on (a client's alias, a room), so they are shown, never logged: logs
get the exception's type and its unfilled template (diagnostics.py). They never
contain passwords or keys.
"""

from collections.abc import Sequence
from typing import ClassVar

from mottagning.i18n import QT_TRANSLATE_NOOP, Text, Translate, fill, untranslated

CONTEXT = "Errors"


class MottagningError(Exception):
    """Base of every exception Mottagning raises on purpose."""


class UserError(MottagningError):
    """A condition to explain to the user; subclasses set `message`."""

    message: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "The operation could not be completed.")

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.describe())

    def describe(self, translate: Translate = untranslated) -> str:
        """The message in the language `translate` gives, placeholders filled.

        Parameters that are `Text` (a role name, a field label) are translated too.
        """
        params = {
            name: value.translated(translate) if isinstance(value, Text) else value
            for name, value in self.params.items()
        }
        return fill(translate(CONTEXT, self.message), **params)


# --- Credentials and accounts ---------------------------------------------------


class WrongCredentials(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Wrong user name or password. Check Caps Lock and the keyboard layout, then try again.",
    )


class TooManyAttempts(UserError):
    """Raised before the password is even tried; `seconds` until the next try."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Too many failed attempts. Wait {seconds} seconds before you try again, "
        "or ask the clinic lead to reset the password.",
    )
    message_minutes = QT_TRANSLATE_NOOP(
        "Errors",
        "Too many failed attempts. Wait {minutes} minutes before you try again, "
        "or ask the clinic lead to reset the password.",
    )

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(seconds=seconds)

    def describe(self, translate: Translate = untranslated) -> str:
        if self.seconds < 120:
            return super().describe(translate)
        minutes = -(-self.seconds // 60)  # rounded up: never tell someone to come back too early
        return translate(CONTEXT, self.message_minutes).format(minutes=minutes)


class AccountDeactivated(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This account is deactivated. Ask the clinic lead to reactivate it."
    )


class WrongRecoveryKey(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery key does not match this clinic. Check each group of characters "
        "against the printed sheet.",
    )


class PasswordRejected(UserError):
    """The new password breaks the policy in services.password_policy."""


class PasswordTooShort(PasswordRejected):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The password must be at least {minimum} characters long. A few unrelated words "
        "with spaces between them make a good password that is easy to remember.",
    )


class PasswordTooLong(PasswordRejected):
    message = QT_TRANSLATE_NOOP("Errors", "The password may be at most {maximum} characters long.")


class PasswordTooCommon(PasswordRejected):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This password is too common or too easy to guess (for example a known password, "
        "a keyboard row or a repeated word). Choose a less predictable one.",
    )


class PasswordHasPersonalWords(PasswordRejected):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The password must not be built from your user name, your name or the clinic's name.",
    )


class PasswordReused(PasswordRejected):
    message = QT_TRANSLATE_NOOP("Errors", "The new password must differ from the current one.")


class PasswordMismatch(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same. Type them again.")


class CurrentPasswordRequired(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Type your current password to choose a new one.")


class UsernameTaken(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The user name {username} is already in use. Choose another one."
    )


class InvalidInput(UserError):
    """A form field that does not hold what it must; `field` names it for the user."""

    message = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")


class LastClinicLead(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The clinic must keep at least one active clinic lead. "
        "Give another account that role first.",
    )


class InvalidIdentityNumber(UserError):
    """`reason` is a Text naming what is wrong (check digit, date, format)."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "The identity number is not valid: {reason}. Check it against the ID document."
    )


class AliasTaken(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The alias {alias} is already used by another client. Choose another one."
    )


class IdentityInUse(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "That identity number is already registered for the client {alias}. Open that client "
        "instead of registering the person twice.",
    )


# --- The calendar -----------------------------------------------------------------


class AppointmentClash(UserError):
    """A time that cannot be booked as asked. `clashes` lists every reason;
    the message names the first. A scheduler may book anyway with a reason.

    In a series, `visit` (number, count, day) says which visit meets the clash."""

    in_series = QT_TRANSLATE_NOOP("Errors", "Visit {number} of {count}, {day}: {clash}")

    def __init__(
        self,
        clashes: Sequence[object],
        *,
        visit: tuple[int, int, str] | None = None,
        **params: object,
    ) -> None:
        self.clashes = clashes
        self.visit = visit
        super().__init__(**params)

    def describe(self, translate: Translate = untranslated) -> str:
        clash = super().describe(translate)
        if self.visit is None:
            return clash
        number, count, day = self.visit
        return translate(CONTEXT, self.in_series).format(
            number=number, count=count, day=day, clash=clash
        )


class CounselorBusy(AppointmentClash):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} already has a visit {day} {start}-{end}. Choose another time or another counselor.",
    )


class RoomBusy(AppointmentClash):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is booked {day} {start}-{end} by {by}. Choose another room or another time.",
    )


class ClientBusy(AppointmentClash):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The client {name} already has a visit {day} {start}-{end} with {by}. Choose another time.",
    )


class CounselorAway(AppointmentClash):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is away {period}. Choose another time or another counselor.",
    )


class ClinicClosed(AppointmentClash):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The clinic is closed at that time ({day} {start}-{end}{why}). Choose a time within "
        "the opening hours.",
    )


# --- The journal ------------------------------------------------------------------


class NeedToKnow(UserError):
    """Not one of the actor's clients: the UI may offer emergency access."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{alias} is not one of your clients. To read the journal anyway, state why "
        "(emergency access): it is logged and reviewed by the clinic lead.",
    )

    def __init__(self, client_id: str, alias: str) -> None:
        self.client_id = client_id
        super().__init__(alias=alias)


class NoteLocked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The note is signed and locked. Add an addendum or a correction instead."
    )


class NotTheAuthor(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Only the author can change or sign a draft. Ask them, or write a note of your own.",
    )


class EmptyNote(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The note is empty. Write something before signing.")


class LicensedTextRejected(UserError):
    """`problem` names, in the file's own terms, what does not fit the questionnaire."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} could not be used as the clinic's text for {instrument}: {problem}. "
        "Nothing was changed. Check that the file gives a text for every item, in order.",
    )


# --- Letters and the consent register ---------------------------------------------


class NoDisclosureBasis(UserError):
    """Nothing may leave for `recipient`: no consent nor legal ground for them."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing may be sent to {recipient}: the consent register has no consent or other "
        "legal ground for this client and this recipient. Record the client's consent "
        "(or the legal ground) first.",
    )


class ConsentDoesNotCover(UserError):
    """`scopes` (labels) are what the letter holds and the basis does not allow."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The consent for {recipient} does not cover: {scopes}. Leave those parts out, "
        "or record a consent that covers them.",
    )

    def __init__(self, recipient: str, scopes: Sequence[Text]) -> None:
        self.scopes = tuple(scopes)
        super().__init__(recipient=recipient, scopes=", ".join(str(s) for s in self.scopes))

    def describe(self, translate: Translate = untranslated) -> str:
        names = ", ".join(scope.translated(translate) for scope in self.scopes)
        return fill(
            translate(CONTEXT, self.message), recipient=self.params["recipient"], scopes=names
        )


class ConsentWithdrawn(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The consent for {recipient} was withdrawn on {day}: nothing may be sent on it "
        "from that day.",
    )


class ConsentExpired(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The consent for {recipient} was valid until {day}. Record a new consent to send.",
    )


class ConsentNotYetValid(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The consent for {recipient} is given from {day}, not before."
    )


class NoLetterHome(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{alias} has not agreed to letters at home, so nothing is posted to the "
        "client's address. Print the letter to hand over at a visit instead.",
    )


# --- Permissions ------------------------------------------------------------------


class PermissionDenied(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your role ({role}) may not {action}. Ask the clinic lead if you need to.",
    )


class NoSuchClinicLead(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "No clinic lead has the user name {username}. Check the spelling."
    )


class NotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The {what} could not be found. It may have been removed."
    )


# --- The database and its files ---------------------------------------------------


class AlreadyRunning(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Mottagning is already open for this clinic on this computer. "
        "Switch to the open window (look in the task bar).",
    )


class ClinicNotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No clinic database was found in {folder}. Run the setup first, or choose "
        "the folder where the clinic's database is kept.",
    )


class ClinicAlreadyExists(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A clinic database already exists in {folder}. Nothing was changed. "
        "Choose an empty folder for a new clinic.",
    )


class PasswordFileNotText(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The password file {file} is not plain text in UTF-8. Save it as UTF-8 text "
        "with the password on the first line, and try again.",
    )


class TemporaryPasswordNeeded(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The new role holds fewer keys than the old one, and an account's keys can only "
        "be taken away by giving it a new temporary password. Choose one and save again.",
    )


class JournalKeyMissing(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This account holds no key to the journal, so it cannot read or write session "
        "notes, plans or questionnaire results. If your work needs them, ask the clinic "
        "lead to change your role.",
    )


class KeySlotsDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file beside the database ({file}) is missing or damaged, so no one can "
        "unlock the clinic. Leave the clinic's files as they are and contact IT: the "
        "key file can be put back only from a copy of the data folder.",
    )


class DatabaseDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged or has been tampered with. Nothing more will be "
        "written to it. Leave the clinic's files as they are and contact IT.",
    )


class DatabaseTooNew(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database was made by a newer version of Mottagning (schema {found}; this "
        "version knows up to {supported}). Install the newer version; nothing was changed.",
    )


class DatabaseBusy(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is locked by another program. Close other copies of Mottagning "
        "or backup programs that may hold it, then try again.",
    )


class DiskFull(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so the last change was not saved. Free some space, then "
        "save again: what you typed is still here.",
    )


class RotationInterrupted(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Something was written to the database while its keys were being replaced, so the "
        "change was undone and the old keys are still in use. Make sure no one else is "
        "working on this computer, then replace the keys again.",
    )


class NotEnoughSpace(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "There is not room enough on the disk: this needs {needed}, and {free} is free. "
        "Free some space (or ask IT to), then try again. Nothing was changed.",
    )


class StorageUnavailable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Mottagning could not read or write its files in {folder}. Check that the folder "
        "exists and that you may write there, or contact IT.",
    )


# --- Anchors of the access log ----------------------------------------------------


class NotAnAnchor(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is not an anchor file. Choose the file saved from a documented log review, "
        "or a backup's manifest.json.",
    )


class AnchorNotSaved(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The anchor could not be saved to {file}: {reason}. Choose another folder, for "
        "example a USB stick or a network folder outside this computer.",
    )


# --- Backups and restore ------------------------------------------------------------


class BackupVerificationFailed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup was written but failed its check, so it does not count as a backup "
        "({problem}). Earlier backups are untouched. Try again, or ask IT to check the "
        "backup folder's disk.",
    )


class NotABackup(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{folder} is not a Mottagning backup (its manifest is missing or damaged).",
    )


class BackupDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} is damaged or incomplete, so it cannot be restored ({problem}). "
        "Choose an older one. Nothing was changed.",
    )


class RestoreNotAllowed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Only a clinic lead may restore a backup: {username} is not an active clinic lead "
        "in the backup and in the current database. Nothing was changed.",
    )


class InvalidBackupSettings(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup settings are not valid: each number kept must be from 1 to 100, the "
        "hours from 1 to 720, and a folder must be a full path (such as "
        "E:\\Säkerhetskopior or /media/usb/säkerhetskopior).",
    )


class DatabaseDamagedAtSignIn(DatabaseDamaged):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The check at sign-in found the database damaged. Nothing has been written to it "
        "and every file is kept as it is. The newest backup is {backup}: the clinic lead "
        "or IT can restore it (mottagning backup restore).",
    )


# --- Sync with the clinic server ----------------------------------------------------


class SyncServerUnavailable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The clinic server could not be reached. Mottagning keeps working on this "
        "computer and sends the changes when the server is back.",
    )


class SyncDeviceRefused(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The clinic server refuses this computer: it is not registered there, or it "
        "was removed. Ask IT or the clinic lead.",
    )


class SyncNotConfigured(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "This computer is not connected to a clinic server.")


class SyncEnvelopeUnreadable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A change from the clinic server (number {seq}, from workstation {device}) could "
        "not be opened with this clinic's keys: it was altered, or it belongs to another "
        "clinic. Nothing was applied; contact IT.",
    )


# --- Retention (gallring) -----------------------------------------------------------


class PurgeNotOverwritten(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The records were purged, but the database file could not yet be rewritten "
        "because another program or computer is using it. Close Mottagning everywhere "
        "else and run the purge again: it finishes the rewriting.",
    )


class PurgeWhileSyncing(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer syncs with the clinic server, and a purge there is not built yet: "
        "the server and the other computers would keep the records. Nothing was purged.",
    )


class SecondConfirmationNeeded(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The retention rules ask for a second person to confirm each purge: another "
        "active user than you must enter their user name and password. Nothing was purged.",
    )


class NotDueForPurging(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{count} of the chosen records are no longer due for purging (the review changed "
        "since it was shown). Make the review again. Nothing was purged.",
    )


class NoNewerBackup(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No verified backup made after {moment} was found, so the older backups are kept: "
        "make a backup first, then delete the older ones.",
    )
