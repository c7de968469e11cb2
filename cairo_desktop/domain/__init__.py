"""Plain data and rules: the plan, the vocabularies, the activity record and its validation.

Nothing here touches a database, a file format or Qt, so every other layer can rely on it.
"""
