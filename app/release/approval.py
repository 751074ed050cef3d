"""Whether a release is approved, and approved as it reads now.

An approval records a fingerprint of the content it saw (``content_hash``); a release is
approved only while its content still matches. The rendering stage asks this (the DRAF
mark), as does the review workflow (:mod:`app.review.workflow`), so it lives with the release.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.release.draftfile import comparable_content, content_of
from app.release.model import Release, StatusChange

DRAF, DIAJUKAN, PERLU_REVISI, DISETUJUI = "draf", "diajukan", "perlu-revisi", "disetujui"
LABELS: dict[str, str] = {DRAF: "Draf", DIAJUKAN: "Diajukan", PERLU_REVISI: "Perlu revisi",
                          DISETUJUI: "Disetujui"}

def approval(release: Release) -> StatusChange | None:
    """The change that approved the release, if it is approved now."""
    if release.review.status != DISETUJUI:
        return None
    for change in reversed(release.review.history):
        if change.status == DISETUJUI:
            return change
    return None


def _drop_empty(item: Any, keys: tuple[str, ...]) -> Any:
    if not isinstance(item, dict):
        return item
    return {key: value for key, value in item.items() if not (key in keys and not value)}


def _without_empty_additions(data: dict[str, Any]) -> dict[str, Any]:
    """Keys added to the model after approvals were first recorded (photo blur, protected
    persons, the starter a draft came from) drop out while empty, so a release approved
    before they existed still matches its approval; filled in, they are content like any
    other."""
    body = [_drop_empty(block, _LATER_PHOTO_KEYS)
            if isinstance(block, dict) and block.get("type") == "photo" else block
            for block in data.get("body") or []]
    result = {**data, "body": body}
    if isinstance(data.get("meta"), dict):
        result["meta"] = _drop_empty(data["meta"], ("starter",))
    case = data.get("case")
    if isinstance(case, dict):
        case = _drop_empty(case, ("persons",))
        case["suspects"] = [_drop_empty(suspect, ("child",))
                            for suspect in case.get("suspects") or []]
        result["case"] = case
    return result


_LATER_PHOTO_KEYS = ("blur_regions", "blurred")


def content_hash(release: Release) -> str:
    """A fingerprint of what the release says (not of its review state or save time)."""
    data = _without_empty_additions(comparable_content(content_of(release)))
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def changed_since_approval(release: Release) -> bool:
    """True when an approved release was edited afterwards: the approval no longer holds."""
    change = approval(release)
    return change is not None and bool(change.content_hash) and \
        change.content_hash != content_hash(release)


def is_approved(release: Release) -> bool:
    """Approved, and still saying what was approved."""
    return approval(release) is not None and not changed_since_approval(release)
