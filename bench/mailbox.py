"""A tiny SMTP server on loopback that keeps what it is sent, to count reminders.

Production settings insist on a real SMTP server, so the benchmark's workers get one:
this one speaks just enough SMTP for Django's backend (no TLS, no login) and records
each message's recipients and subject. It never forwards anything anywhere.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from email import message_from_bytes


@dataclass
class Mailbox:
    port: int
    received: list[tuple[str, str]] = field(default_factory=list)  # (recipient, subject)

    def start(self) -> None:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            server = self._loop.run_until_complete(
                asyncio.start_server(self._session, "127.0.0.1", self.port)
            )
            self._server = server
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")

        say("220 mailbox ready")
        recipients: list[str] = []
        while line := (await reader.readline()).decode(errors="replace").strip():
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                say("250 mailbox")
            elif verb == "MAIL":
                recipients = []
                say("250 ok")
            elif verb == "RCPT":
                recipients.append(line.split(":", 1)[1].strip(" <>"))
                say("250 ok")
            elif verb == "DATA":
                say("354 go on")
                data = await reader.readuntil(b"\r\n.\r\n")
                subject = str(message_from_bytes(data[:-5]).get("Subject", ""))
                self.received += [(r.lower(), subject) for r in recipients]
                say("250 kept")
            elif verb == "QUIT":
                say("221 bye")
                break
            else:
                say("250 ok")
            await writer.drain()
        await writer.drain()
        writer.close()
