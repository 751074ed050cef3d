"""Review: the checklist a release must pass, the *Draf → Diajukan → Disetujui* workflow
and comments, protection of suspects, children and victims, differences between versions,
the review report, and a DOCX that came back (tracked changes, comments, edits made
without tracking; comments written into a DOCX for the reviewer).

May import ``app.base``, ``app.language``, ``app.release`` and ``app.render``.
"""
