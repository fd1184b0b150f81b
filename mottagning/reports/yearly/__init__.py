"""The yearly numbers for the council: small-count suppression and the exports."""
