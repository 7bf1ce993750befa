"""The local push service, for every test of notifications."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from heartwork.push.tests.local_push_service import LocalPushService


@pytest.fixture
def push_service(settings: Any) -> Iterator[LocalPushService]:
    service = LocalPushService()
    settings.PUSH_SERVICES = [service.origin]
    try:
        yield service
    finally:
        service.close()
