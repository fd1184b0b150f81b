"""The score while a form is being entered: what the engine says of the answers
so far, told apart from what is merely not entered yet.

Unanswered items not yet moved past (the current one, those ahead) are
"still to come", not missing: the score so far counts them at their lowest
score (a floor that only rises as answers come in). Items passed over blank
are missing, and more of them than the instrument allows make the form not
scorable at once.

Scoring is the caller's `score`: the measures service's preview, which scores
with the client's norm group exactly as saving will (a woman's AUDIT cut-off).
"""

from collections.abc import Callable
from dataclasses import dataclass

from mottagning.scoring import Instrument, ScoreResult

Score = Callable[[list[int | None]], ScoreResult]


@dataclass(frozen=True)
class LiveScore:
    result: ScoreResult  # the answers exactly as they stand (what Save would record)
    shown: ScoreResult  # what to show: the score so far while items are still to come
    to_come: int  # unanswered items not yet moved past
    left_blank: int  # unanswered items passed over

    @property
    def complete(self) -> bool:
        return self.to_come == 0

    @property
    def too_many_blank(self) -> bool:
        return self.left_blank > self.result.max_missing


def _lowest_answer(instrument: Instrument, index: int) -> int:
    """The answer that scores least on item `index` (the highest on a reversed item)."""
    item = instrument.items[index]
    reversed_item = item.number in instrument.reverse_items.items
    return item.options.max_value if reversed_item else item.options.min_value


def live_score(
    instrument: Instrument, answers: list[int | None], passed: set[int], score: Score
) -> LiveScore:
    result = score(answers)
    to_come = [i for i, value in enumerate(answers) if value is None and i not in passed]
    left_blank = sum(value is None for value in answers) - len(to_come)
    shown = result
    if to_come:
        floor = [
            _lowest_answer(instrument, i) if i in to_come else value
            for i, value in enumerate(answers)
        ]
        shown = score(floor)
    return LiveScore(result, shown, len(to_come), left_blank)
