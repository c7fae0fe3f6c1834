"""auditor: a static data-flow auditor for Amazon customer data in Python code."""

__version__ = "0.1.0"
