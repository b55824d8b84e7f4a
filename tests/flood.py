"""A cheap HTTP/1.1 client for floods and load tests: raw sockets, prebuilt requests.

Python HTTP clients spend a millisecond or more per request, which would measure the client;
this one only writes bytes and reads the status line, headers and body back.
"""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urlsplit


class RawPhone:
    """One keep-alive connection to the phone server, as one phone (or one attacker) makes."""

    def __init__(self, address: str, token: str | None = None) -> None:
        parts = urlsplit(address)
        self.host, self.port, self.base = parts.hostname or "", parts.port or 80, parts.path
        self.cookie = f"Cookie: xsector_phone={token}\r\n" if token else ""
        self.sock = socket.create_connection((self.host, self.port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""
        self.last_cookie: str | None = None  # the device token the server set, if it did

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, bytes]:
        payload = b"" if body is None else json.dumps(body).encode()
        head = (
            f"{method} {self.base}{path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"X-Xsector: phone\r\n{self.cookie}Content-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        )
        self.sock.sendall(head.encode() + payload)
        return self._response()

    def _response(self) -> tuple[int, bytes]:
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length = 0
        closing = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            if name.strip().lower() == b"connection" and value.strip().lower() == b"close":
                closing = True
            if name.strip().lower() == b"set-cookie" and value.strip().startswith(
                b"xsector_phone="
            ):
                self.last_cookie = value.strip().split(b";")[0].split(b"=", 1)[1].decode()
        while len(self.buffer) < length:
            self._fill()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        if closing:
            self.reconnect()
        return status, body

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def reconnect(self) -> None:
        self.sock.close()
        self.sock = socket.create_connection((self.host, self.port), timeout=30)
        self.buffer = b""

    def close(self) -> None:
        self.sock.close()
