"""The delay after repeated failed logins."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mottagning.services.throttle import FREE_FAILURES, MAX_DELAY, delay_after


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [
        (0, 0),
        (1, 0),
        (4, 0),
        (5, 5),
        (6, 10),
        (7, 20),
        (8, 40),
        (9, 80),
        (10, 160),
        (11, 320),
        (12, 640),
        (13, 900),
        (100, 900),
        (10**9, 900),
    ],
)
def test_delay_after_failures(failures, seconds):
    assert delay_after(failures) == timedelta(seconds=seconds)


def test_four_failures_are_free():
    assert FREE_FAILURES == 4
    assert timedelta(minutes=15) == MAX_DELAY


@given(st.integers(min_value=0, max_value=10_000))
def test_delay_never_shrinks_and_never_passes_the_cap(failures):
    assert delay_after(failures) <= delay_after(failures + 1) <= MAX_DELAY
