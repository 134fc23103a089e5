"""The app factory: the JSON API under ``/api``, the browser interface at ``/``, OpenAPI at ``/docs``.

Every error leaves as JSON ``{"error": ..., "detail": ...}`` with a one-line message: 4xx for
bad requests, 413 for oversized bodies, and for anything unexpected a 500 whose detail names no
internals (the traceback goes to the server log only).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.api import coding, queries, routes
from marsad.api.fastpath import AnswerCache
from marsad.api.state import ServedStore
from marsad.errors import MarsadError, StoreError
from marsad.store import PipelineSpec

log = logging.getLogger(__name__)

WEB = Path(__file__).resolve().parent.parent / "web"
STATIC = WEB / "static"
MAX_CODE_BYTES = 200_000


def _error(status: int, error: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail.replace("\n", " ")}, status_code=status)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, f"http_{exc.status_code}", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()[:5]]
        return _error(422, "invalid_request", "; ".join(parts))

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> JSONResponse:
        log.error("%s %s: %s", request.method, request.url.path, exc)
        status = 503 if isinstance(exc, StoreError) else 400
        return _error(status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(500, "internal", "internal error; the server log has the details")


def _summary_router(app: FastAPI) -> None:
    @app.get("/api/summary", tags=["store"], summary="Row counts, event types and the date range of the store")
    def summary() -> dict[str, Any]:
        store: ServedStore = app.state.store

        def compute(s: Any) -> dict[str, Any]:
            types = queries.rows(s, "SELECT event_type, count(*)::INTEGER AS events FROM events "
                                        "GROUP BY ALL ORDER BY events DESC, event_type", [])
            span = queries.rows(s, "SELECT min(event_date) AS first_day, max(event_date) AS last_day "
                                       "FROM events", [])[0]
            return {"version": __version__, "tables": s.summary(), "event_types": types, **span}

        return store.cached(("summary",), compute)


def create_app(db: str | Path, *, pipeline: PipelineSpec | None = None,
               max_code_bytes: int = MAX_CODE_BYTES) -> FastAPI:
    """The marsad web app serving the store ``db`` (opened read-only; see :mod:`marsad.api.state`).

    ``pipeline`` is what ``POST /api/code`` codes with (default: the full coding pipeline);
    ``max_code_bytes`` is the largest request body it accepts (413 beyond).
    """
    store = ServedStore(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="marsad", version=__version__, lifespan=lifespan,
                  description="Arabic news → political event data (PLOVER/CAMEO) with the source text behind "
                              "every record. مرصد: من فعل ماذا بمن، متى وأين.")
    app.state.store = store
    app.state.pipeline = pipeline or PipelineSpec()
    app.state.max_code_bytes = max_code_bytes
    _install_handlers(app)
    app.include_router(routes.router, tags=["events"])
    app.include_router(coding.router, tags=["coding"])
    _summary_router(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(AnswerCache, store=store)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app
