"""How times are written in the database."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mottagning.storage.codec import from_db_time, optional_time, to_db_time

moments = st.datetimes(
    min_value=datetime(1900, 1, 2),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5))]),
)


@given(moments)
def test_time_round_trip_keeps_the_moment(moment):
    back = from_db_time(to_db_time(moment))

    assert back == moment
    assert back.tzinfo == UTC


@given(moments, moments)
def test_text_order_is_time_order(first, second):
    assert (to_db_time(first) < to_db_time(second)) == (first < second)


def test_stored_shape_is_fixed_utc():
    moment = datetime(2026, 11, 23, 9, 5, 7, 12, tzinfo=timezone(timedelta(hours=1)))

    assert to_db_time(moment) == "2026-11-23T08:05:07.000012Z"


def test_naive_time_is_refused():
    with pytest.raises(ValueError, match="naive"):
        to_db_time(datetime(2026, 11, 23, 8, 0))  # naive on purpose


def test_optional_time():
    assert optional_time(None) is None
    assert optional_time("2026-11-23T08:00:00.000000Z") == datetime(2026, 11, 23, 8, tzinfo=UTC)


@given(
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=13)), timezone(-timedelta(hours=11))]
        ),
    )
)
def test_stored_text_is_strftimes_shape(moment):
    """The quick formatting writes what strftime wrote before, every year."""
    assert to_db_time(moment) == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
