"""offergap's web app: a seeker's search and diagnosis, and the clients of a career counselor."""

from offergap.web.app import create_app

__all__ = ["create_app"]
