"""Letters that leave the reception: the consent register, the referral
builder with its preview and printing, and the address book."""

from mottagning.ui.letters.letters_tab import LettersTab

__all__ = ["LettersTab"]
