"""Runs the phone page with uvicorn on a thread and event loop of its own.

Nothing listens until :meth:`PhoneServer.start`; the socket is bound there, on the calling
thread, to exactly the address asked for, so a port in use is reported at once. :meth:`stop`
closes the listening socket and ends every connection. The caller's thread never waits on the
network: starting binds a socket, stopping asks the loop to finish and waits for its thread.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
from typing import Any

import uvicorn

from .desk import PhoneDesk
from .limits import DEFAULT_LIMITS, Limits
from .web import build_app


class PhoneServer:
    def __init__(
        self,
        desk: PhoneDesk,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.desk = desk
        self.host = host
        self.port = port
        self.limits = limits
        self._server: uvicorn.Server | None = None
        self._app: Any = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._started = threading.Event()
        self._failure: BaseException | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def address(self) -> str:
        """The join address: what the QR code holds and what `xsector serve` prints first."""
        host = self.host
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
        return f"http://{host}:{self.port}/j/{self.desk.secret}/"

    def start(self) -> str:
        """Bind and serve; returns the join address. OSError when the address cannot be had."""
        if self.running:
            return self.address
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # Accepted connections inherit this; without it each answer (headers, then body)
            # waited about 40 ms on Nagle's algorithm and the phone's delayed ACK.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind((self.host, self.port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            build_app(self.desk, self.limits),
            log_level="warning",
            access_log=False,
            lifespan="on",
            limit_concurrency=2000,  # past this, 503 rather than memory without end
            timeout_keep_alive=30,
            timeout_graceful_shutdown=1,
            server_header=False,
        )
        self._app = config.app
        self._server = uvicorn.Server(config)
        self._started.clear()
        self._thread = threading.Thread(target=self._run, name="xsector-phones", daemon=True)
        self._thread.start()
        self._started.wait(10)
        if self._failure is not None:
            raise OSError(f"phone voting could not start ({self._failure})")
        return self.address

    def _run(self) -> None:
        assert self._server is not None and self._socket is not None
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        server, sock = self._server, self._socket

        async def serve() -> None:
            task = asyncio.ensure_future(server.serve(sockets=[sock]))
            while not server.started and not task.done():
                await asyncio.sleep(0.005)
            self._started.set()
            await task

        try:
            loop.run_until_complete(serve())
        except BaseException as error:  # reported to start(); a thread must not die silently
            self._failure = error
        finally:
            self._started.set()
            leftover = asyncio.all_tasks(loop)
            for task in leftover:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            loop.close()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close every connection; safe to call when not running."""
        server, thread = self._server, self._thread
        if server is not None:
            self._app.state.changes.close_threadsafe()  # waiting phones are answered at once
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> PhoneServer:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()
