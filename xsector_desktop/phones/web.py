"""The phone page and its small JSON API, as a Starlette application.

Every address carries the workshop's secret (``/j/SECRET``), so someone on the same network who
was not shown the QR code finds nothing. API calls must also carry the ``X-Xsector: phone``
header, which a page from another site cannot send without a CORS preflight that this server
never approves: that, and the SameSite=Strict device cookie, is the CSRF defence. See
docs/security.md.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import Future
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..store.errors import StoreError
from ..store.faults import StoreFault
from .desk import PhoneDesk, Refused
from .language import PHONE_LANGUAGES, choose, words
from .limits import DEFAULT_LIMITS, BodyLimit, Limits, RateLimiter
from .writer import WriterStopped

COOKIE = "xsector_phone"
API_HEADER = "x-xsector"
LONG_POLL_SECONDS = 20.0
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
        " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the address holds the workshop's secret
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC_TYPES = {
    "phone.css": "text/css; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
}
_VOTE_FIELDS = {"card", "round", "value", "type"}
_JOIN_FIELDS = {"participant", "code"}
_PROPOSE_FIELDS = {"card", "text"}


def _static(name: str) -> bytes:
    return files("xsector_desktop.phones").joinpath("static", name).read_bytes()


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status, headers=SECURITY_HEADERS)


class Changes:
    """Wakes every waiting long poll when the desk's version moves; lives on the server's loop."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.event = asyncio.Event()
        self.closing = False

    def attach(self, desk: PhoneDesk) -> None:
        self.loop = asyncio.get_running_loop()
        self.event = asyncio.Event()
        desk.watch(self.wake_threadsafe)

    def wake_threadsafe(self) -> None:
        loop = self.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake)

    def close_threadsafe(self) -> None:
        self.closing = True
        self.wake_threadsafe()

    def _wake(self) -> None:
        self.event.set()
        self.event = asyncio.Event()

    async def wait(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self.event.wait(), timeout)
        except TimeoutError:
            pass


Handler = Callable[[Request], Awaitable[Response]]


def build_app(desk: PhoneDesk, limits: Limits = DEFAULT_LIMITS) -> Starlette:
    changes = Changes()
    page = _static("index.html")
    assets = {name: _static(name) for name in STATIC_TYPES}
    devices = RateLimiter(limits.per_device, limits.device_burst, limits.max_buckets)
    addresses = RateLimiter(limits.per_address, limits.address_burst, limits.max_buckets)

    def secret_ok(request: Request) -> bool:
        given = request.path_params.get("secret", "")
        return hmac.compare_digest(given.encode(), desk.secret.encode())

    def admit(request: Request) -> Response | None:
        """The checks every API call passes first: secret, CSRF header and origin, rate."""
        if not secret_ok(request):
            return _error(404, "not-found", "Scan the QR code on the screen to join.")
        if request.headers.get(API_HEADER) != "phone":
            return _error(403, "forbidden", "This request did not come from the voting page.")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host')}":
            return _error(403, "forbidden", "This request did not come from the voting page.")
        token = request.cookies.get(COOKIE)
        try:
            desk.claim(token)
            allowed = devices.allow(f"device:{token}")
        except Refused:
            client = request.client.host if request.client else "?"
            allowed = addresses.allow(f"address:{client}")
        if not allowed:
            return _error(429, "slow-down", "Too many requests: wait a moment.")
        return None

    def api(handler: Handler) -> Handler:
        async def checked(request: Request) -> Response:
            refusal = admit(request)
            if refusal is not None:
                return refusal
            try:
                return await handler(request)
            except Refused as refused:
                return _error(refused.status, refused.code, refused.message)
            except StoreFault:  # the disk, not the vote: the phone may send it again
                return _error(
                    503,
                    "try-again",
                    "Your vote could not be saved just now: try again in a moment.",
                )
            except StoreError:
                return _error(409, "refused", "The workshop refused that: ask the facilitator.")
            except WriterStopped:
                return _error(503, "stopped", "Voting has stopped: ask the facilitator.")

        return checked

    async def body(request: Request, allowed: set[str]) -> dict[str, Any]:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Refused(415, "bad-request", "Send JSON.")
        try:
            parsed = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise Refused(400, "bad-request", "That request could not be read.") from None
        if not isinstance(parsed, dict) or not set(parsed) <= allowed:
            raise Refused(400, "bad-request", "That request could not be read.")
        return parsed

    async def settle(future: Future[Any]) -> None:
        await asyncio.wrap_future(future)

    def language(request: Request) -> str:
        """The page sends its chosen language as ?lang=; without it, the browser's decides."""
        return choose(
            request.query_params.get("lang"),
            request.headers.get("accept-language", ""),
            desk.facts.deck.language,
        )

    def state_response(request: Request, token: str | None) -> JSONResponse:
        return JSONResponse(desk.state(token, language(request)), headers=SECURITY_HEADERS)

    async def page_route(request: Request) -> Response:
        if not secret_ok(request):
            return _error(404, "not-found", "Scan the QR code on the screen to join.")
        if not request.url.path.endswith("/"):  # the page's links are relative to the folder
            return RedirectResponse(f"/j/{desk.secret}/", 303, headers=SECURITY_HEADERS)
        return Response(page, media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS)

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if not secret_ok(request) or name not in assets:
            return _error(404, "not-found", "Not here.")
        return Response(assets[name], media_type=STATIC_TYPES[name], headers=SECURITY_HEADERS)

    @api
    async def state(request: Request) -> Response:
        token = request.cookies.get(COOKIE)
        since = request.query_params.get("since", "")
        if (
            since.isdigit()
            and len(since) < 12
            and int(since) >= desk.version
            and not changes.closing
        ):
            await changes.wait(LONG_POLL_SECONDS)  # answer at once when the room changes
        return state_response(request, token)

    @api
    async def page_words(request: Request) -> Response:
        chosen = language(request)
        answer = {"language": chosen, "languages": list(PHONE_LANGUAGES), "words": words(chosen)}
        return JSONResponse(answer, headers=SECURITY_HEADERS)

    @api
    async def join(request: Request) -> Response:
        fields = await body(request, _JOIN_FIELDS)
        held = request.cookies.get(COOKIE)  # a phone that joins again lets go of its old name
        if "code" in fields:
            token = desk.join_code(fields["code"], held)
        elif "participant" in fields:
            token = desk.join_name(fields["participant"], held)
        else:
            token = desk.join_anonymous(held)
        response = state_response(request, token)
        response.set_cookie(
            COOKIE,
            token,
            path=f"/j/{desk.secret}",
            httponly=True,
            samesite="strict",
            max_age=60 * 60 * 24,
        )
        return response

    @api
    async def vote(request: Request) -> Response:
        token = request.cookies.get(COOKIE)
        fields = await body(request, _VOTE_FIELDS)
        await settle(
            desk.vote(
                token,
                fields.get("card"),
                fields.get("round"),
                fields.get("value"),
                fields.get("type"),
            )
        )
        return state_response(request, token)

    @api
    async def propose(request: Request) -> Response:
        token = request.cookies.get(COOKIE)
        fields = await body(request, _PROPOSE_FIELDS)
        await settle(desk.propose(token, fields.get("card"), fields.get("text")))
        return state_response(request, token)

    async def nothing(request: Request) -> Response:
        return _error(404, "not-found", "Scan the QR code on the screen to join.")

    routes = [
        Route("/j/{secret}", page_route, methods=["GET"]),
        Route("/j/{secret}/", page_route, methods=["GET"]),
        Route("/j/{secret}/static/{name}", asset, methods=["GET"]),
        Route("/j/{secret}/api/state", state, methods=["GET"]),
        Route("/j/{secret}/api/words", page_words, methods=["GET"]),
        Route("/j/{secret}/api/join", join, methods=["POST"]),
        Route("/j/{secret}/api/vote", vote, methods=["POST"]),
        Route("/j/{secret}/api/propose", propose, methods=["POST"]),
        Route("/{rest:path}", nothing),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        changes.attach(desk)
        yield

    app = Starlette(
        routes=routes,
        middleware=[Middleware(BodyLimit, max_body=limits.max_body)],
        lifespan=lifespan,
    )
    app.state.changes = changes
    return app
