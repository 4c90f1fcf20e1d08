"""What arrives: e-mails (``eml``), filled-in request forms (``pdf_form``) and the accounting
system's unit and owner register (``csv_register``).

Parsers only: they turn bytes into plain dataclasses and lists of problems. They never touch
the database or Qt; ``services.intake`` and ``services.register_import`` store what they read.
"""
