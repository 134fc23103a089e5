"""The web API of marsad: a FastAPI app over a store, with the browser interface.

:func:`create_app` builds the app; ``marsad serve`` runs it with uvicorn. Endpoints are listed
in ``/docs`` (OpenAPI) and in ``docs/web.md``.
"""

from marsad.api.app import create_app

__all__ = ["create_app"]
