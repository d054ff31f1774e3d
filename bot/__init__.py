"""QA bot: reads emailed audit forms, keeps the QA tracker, reminds and reports."""

__version__ = "0.1.0"
