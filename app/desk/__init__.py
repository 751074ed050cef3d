"""The officer's desk: the session the window and the CLI share (open, save, stamp,
autosave, review transitions, export), what the desk decides around the open draft
(``actions``: title, modified state, outcomes of each command), recovery after a crash,
recent files, and the texts the desktop's dialogs show.

May import every other stage of ``app``; ``ui/`` and ``app.cli`` sit on top of it.
"""
