"""An HTTP-level answer cache for the read endpoints: a repeated request skips the framework.

While the store is read-only, an answer depends on the path and query string alone. This ASGI
middleware keeps the body of every successful ``GET`` on the cached list endpoints under
(path, raw query string) in the served store's answer cache (same bounds, emptied by a write),
and sends a repeat straight from there: no routing, no parameter validation, no thread. Anything
else (a first request, an error, another method or path) goes through the app unchanged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from marsad.api.state import MISSING, ServedStore

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHED_PATHS = frozenset({"/api/events", "/api/dyads", "/api/timeline", "/api/places", "/api/actors"})


class AnswerCache:
    """ASGI middleware: serve repeated ``GET`` requests on :data:`CACHED_PATHS` from ``store``'s cache."""

    def __init__(self, app: ASGIApp, store: ServedStore) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in CACHED_PATHS:
            await self.app(scope, receive, send)
            return
        key = ("http", scope["path"], scope["query_string"])
        found = self.store.peek(key)
        if found is not MISSING:
            headers, body = found
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.store.generation
        start: Message | None = None
        parts: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
                if not message.get("more_body") and start is not None and start["status"] == 200:
                    self.store.keep(generation, key, (list(start.get("headers", [])), b"".join(parts)))
            await send(message)

        await self.app(scope, receive, keep)
