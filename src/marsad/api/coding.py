"""``POST /api/code``: code posted text with the pipeline, and store it only when asked.

The body is read in chunks and refused with 413 as soon as it passes the size limit, before
any JSON parsing; bad JSON or fields give 422 with a one-line message. The pipeline is built
once per process, on the first request (:func:`marsad.store.pipeline_for`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from marsad.api.schemas import CodeRequest, CodeResponse, ErrorOut
from marsad.api.state import ServedStore
from marsad.errors import MarsadError
from marsad.model import DocMeta, Document
from marsad.store import Failure, PipelineSpec, code_document, pipeline_for
from marsad.store.records import build_batch

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")
# One document is coded at a time: stages may hold models (the CRF tagger) not meant to be shared
# between threads, and coding is CPU-bound Python, so serialising it costs little.
_CODING = threading.Lock()

_BODY = {"required": True, "content": {"application/json": {"schema": CodeRequest.model_json_schema()}}}


def validation_message(exc: ValidationError) -> str:
    """A one-line summary of pydantic errors: ``field: problem; field: problem``."""
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body of {declared} bytes exceeds the limit of {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"request body exceeds the limit of {limit} bytes")
    return bytes(body)


def _code(store: ServedStore, spec: PipelineSpec, req: CodeRequest) -> dict[str, Any]:
    if not req.text.strip():
        raise HTTPException(422, "text: is blank")
    meta = DocMeta(title=req.title, source=req.source, published=req.published)
    doc = Document.from_text(req.text, meta=meta, origin="POST /api/code")
    try:
        with _CODING:
            coded = code_document(pipeline_for(spec), doc)
    except MarsadError as exc:  # the pipeline cannot be built (missing stage, bad lexicon)
        log.error("coding pipeline unavailable: %s", exc)
        raise HTTPException(503, f"coding pipeline unavailable: {exc}") from None
    if isinstance(coded, Failure):
        raise HTTPException(422, f"text could not be coded: stage {coded.stage}: {coded.reason}")
    if req.store:
        with store.writing() as writer:
            writer.load(build_batch([coded], [], writer.signer))
    return {
        "doc_id": coded.id, "stored": req.store, "stages": list(coded.stages),
        "sentences": [{**s.to_dict(), "text": s.text} for s in coded.sentences],
        "mentions": [{"text": m.text, "start": m.start, "end": m.end, "label": m.label, "origin": m.origin,
                      "actor": m.actor.to_dict() if m.actor else None} for m in coded.mentions],
        "events": [e.to_dict() for e in coded.events],
    }  # fmt: skip


@router.post(
    "/code", response_model=CodeResponse, summary="Code posted Arabic text (stored only with store: true)",
    openapi_extra={"requestBody": _BODY},
    responses={413: {"model": ErrorOut}, 415: {"model": ErrorOut}, 422: {"model": ErrorOut}, 503: {"model": ErrorOut}},
)
async def code_text(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "")
    if ctype.split(";")[0].strip().lower() != "application/json":
        raise HTTPException(415, "send JSON: Content-Type: application/json")
    body = await _read_body(request, request.app.state.max_code_bytes)
    try:
        req = CodeRequest.model_validate_json(body)
    except ValidationError as exc:
        raise HTTPException(422, validation_message(exc)) from None
    result: dict[str, Any] = await run_in_threadpool(_code, request.app.state.store, request.app.state.pipeline, req)
    return result
