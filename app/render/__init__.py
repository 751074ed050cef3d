"""Rendering: from a release to its documents. The template search path and Jinja
environments (``workspace``, ``locations``), the sandbox that runs a template, the house
style applied while rendering (``composer``, ``event_line``, DRAF ``marks``), the document
model, the writers (DOCX, HTML, text, WhatsApp), reference documents, blurred copies of
photos, the draft embedded in every DOCX (``docx_source``), and ``export``, the one route
every format takes.

May import ``app.base``, ``app.language`` and ``app.release``; never review, library or
desk code.
"""
