"""Indonesian day and month names, spelled once for the checker and the release.

Day and month names are hard-coded: the system locale of an officer's laptop is often
English, and the release must still say *Jumat, 22 September 2023*. Rules that also
accept a variant spelling (*Jum'at*, *Jum’at*, *Ahad*, *Pebruari*) add it to these
tuples where they use them.
"""

from __future__ import annotations

DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Monday first, as :meth:`datetime.date.weekday` counts."""
MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
"""January first: ``MONTHS[month - 1]``."""
DAYS_AND_MONTHS: frozenset[str] = frozenset(DAYS + MONTHS)
"""Every day and month name, for rules that treat them alike."""
