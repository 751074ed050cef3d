"""The library of templates and starters: what each location holds, saving after
validation, template checks, and packs shared between desks.

May import every stage below it: ``base``, ``language``, ``release``, ``render``,
``review``.
"""
