"""The one clock writes local time with its offset, to the second, as the logs store it."""

from datetime import datetime

from kttt_desktop.core.clock import now_iso


def test_now_is_local_time_with_its_offset_to_the_second():
    text = now_iso()
    parsed = datetime.fromisoformat(text)
    assert parsed.tzinfo is not None and parsed.microsecond == 0
    assert text == parsed.isoformat()
