"""offergap: why a job search brings interviews but no offers, from the seeker's own record."""

__version__ = "0.1.0"
