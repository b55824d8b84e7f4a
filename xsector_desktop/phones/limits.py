"""Bounds on what any client can make the server do: body size and request rate.

A phone makes a request every few seconds; a flood from one device, or from a device that never
joined, is answered with 429 before any handler runs, and a body over the limit with 413 before
it is read whole. See docs/security.md.
"""

from __future__ import annotations

import json
import time
from typing import Any, NamedTuple

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Limits(NamedTuple):
    """How much any one client may send: body bytes, and requests a second with their bursts."""

    max_body: int = 4096  # bytes; a vote is under 100, a proposal under 2,000
    per_device: float = 10.0  # requests a second a joined phone may make, sustained
    device_burst: float = 20.0
    per_address: float = 20.0  # for requests with no valid device token, per network address
    address_burst: float = 40.0
    max_buckets: int = 10_000  # forget the oldest buckets past this, so memory stays bounded


DEFAULT_LIMITS = Limits()


class RateLimiter:
    """Token buckets per key; used from the server's event loop only, so it needs no lock."""

    def __init__(self, rate: float, burst: float, max_buckets: int) -> None:
        self.rate, self.burst, self.max_buckets = rate, burst, max_buckets
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, then = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.max_buckets:  # dicts keep insertion order: oldest first
            del self._buckets[next(iter(self._buckets))]
        return allowed


class TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: refuse a body over `max_body` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                if not value.isdigit() or int(value) > self.max_body:
                    await _refuse(send, 413, "too-large", "That request is too large.")
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise TooLarge
            return message

        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watch)
        except TooLarge:
            if not started:
                await _refuse(send, 413, "too-large", "That request is too large.")


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": code, "message": message}).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
