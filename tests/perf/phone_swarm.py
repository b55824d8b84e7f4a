"""Simulated phones in a process of their own, so they do not share the app's interpreter lock.

Usage: python phone_swarm.py ADDRESS CARD ID,ID,...  Each phone joins, says "joined" on stdout
when all have, waits for a line on stdin, then votes at once; the last line printed is JSON:
{"latencies_ms": [...], "failures": [...]}.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from flood import RawPhone


def main() -> None:
    os.nice(10)  # real phones are other machines: let the app's process have the CPU first
    address, card, id_list = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = [int(i) for i in id_list.split(",")]
    go = threading.Event()
    lock = threading.Lock()
    ready: list[RawPhone] = []
    latencies: list[float] = []
    failures: list[str] = []

    def phone(participant: int, value: int) -> None:
        try:
            joiner = RawPhone(address)
            status, _ = joiner.request("POST", "api/join", {"participant": participant})
            if status != 200:
                raise RuntimeError(f"join answered {status}")
            me = RawPhone(address, joiner.last_cookie)
            joiner.close()
            with lock:
                ready.append(me)
            go.wait()
            sent = time.perf_counter()
            status, body = me.request(
                "POST", "api/vote", {"card": card, "round": 1, "value": value}
            )
            took = (time.perf_counter() - sent) * 1000
            with lock:
                if status == 200 and b'"mine":{"value":' in body:
                    latencies.append(took)
                else:
                    failures.append(f"{status} {body[:80]!r}")
            me.close()
        except Exception as error:
            with lock:
                failures.append(repr(error))

    threads = [
        threading.Thread(target=phone, args=(pid, 1 + n % 5), daemon=True)
        for n, pid in enumerate(ids)
    ]
    for thread in threads:
        thread.start()
    while True:
        with lock:
            if len(ready) + len(failures) == len(ids):
                break
        time.sleep(0.01)
    print("joined", flush=True)
    sys.stdin.readline()
    go.set()
    for thread in threads:
        thread.join(120)
    print(json.dumps({"latencies_ms": latencies, "failures": failures}), flush=True)


if __name__ == "__main__":
    main()
