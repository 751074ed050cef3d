"""Foundations every stage uses: errors, the user's folders, atomic writes, capped reads
of user files, the private cache, the preferences file, small text utilities.

Knows nothing of releases. Imports only the standard library (and ``app``'s version).
"""
