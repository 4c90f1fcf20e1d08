"""Use cases: one function = one transaction = one audit event.

Every use case takes the Database and the acting clerk (``Actor``), validates, changes state,
writes its audit event, and commits — or raises a typed error and leaves nothing behind.
Results are plain dataclasses (``services.dto``), safe to hand to another thread.
"""
