"""The release and its file: the model the forms edit, the ``.rilis`` draft format
(versions, starters' headers, approvals by content hash), Indonesian dates and names,
blur regions as stored, a release rebuilt from pasted text.

May import ``app.base`` and ``app.language`` (for the lexicon's proper forms); nothing
that renders, reviews, keeps a library or runs a desk.
"""
