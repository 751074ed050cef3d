"""The hunspell ``id_ID`` dictionary through pyenchant, safe to share between threads.

pyenchant is not thread-safe and a dictionary must not outlive its broker, so one object
holds both for its whole life and every call goes through one lock. When the enchant C
library or the dictionary is missing, the backend is a stand-in that accepts every word
and says, in Indonesian, what to install: the app keeps running with spelling off.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

logger = logging.getLogger(__name__)

INSTALL_HINT = "sudo apt-get install libenchant-2-2 hunspell-id"
LANGUAGE = "id_ID"


class SpellBackend:
    """Plain dictionary look-ups with a word cache; no domain knowledge here."""

    def __init__(self, language: str = LANGUAGE) -> None:
        self.language = language
        self.problem: str | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self._broker: Any = None
        self._dict: Any = None
        try:
            import enchant  # optional C library: imported where its absence can be handled
        except (ImportError, OSError) as error:
            self.problem = (
                "Pemeriksa ejaan nonaktif: pustaka enchant tidak ditemukan "
                f"({error}). Pasang dengan: {INSTALL_HINT}"
            )
            logger.warning("%s", self.problem)
            return
        try:
            broker = enchant.Broker()
            if not broker.dict_exists(language):
                self.problem = (
                    f"Pemeriksa ejaan nonaktif: kamus bahasa Indonesia ({language}) tidak "
                    f"terpasang. Pasang dengan: {INSTALL_HINT}"
                )
                logger.warning("%s", self.problem)
                return
            self._dict = broker.request_dict(language)
            self._broker = broker
        except Exception as error:  # enchant raises its own error types; all mean "off"
            self.problem = (
                f"Pemeriksa ejaan nonaktif: kamus {language} tidak dapat dibuka ({error}). "
                f"Pasang dengan: {INSTALL_HINT}"
            )
            logger.warning("%s", self.problem)

    @property
    def available(self) -> bool:
        return self._dict is not None

    def check(self, word: str) -> bool:
        """True when hunspell knows the word (always True for the stand-in)."""
        if self._dict is None:
            return True
        known = self._cache.get(word)
        if known is None:
            with self._lock:
                known = bool(self._dict.check(word))
            self._cache[word] = known
        return known

    def suggest(self, word: str) -> list[str]:
        if self._dict is None or not word:
            return []
        with self._lock:
            return [str(item) for item in self._dict.suggest(word)]

    def close(self) -> None:
        """Release the dictionary before its broker (the order enchant needs)."""
        with self._lock:
            if self._dict is not None and self._broker is not None:
                try:
                    self._broker.free_dict(self._dict)
                except Exception:  # already freed or broker gone: nothing left to do
                    logger.debug("free_dict failed", exc_info=True)
            self._dict = None
            self._broker = None
