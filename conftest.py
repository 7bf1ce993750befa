"""Shared test set-up: three people (two partners and an outsider) and helpers.

Browser and PostgreSQL tests skip locally when their parts are missing, with a message
saying what to install; CI sets HEARTWORK_REQUIRE_BROWSER / HEARTWORK_REQUIRE_POSTGRES
so that the same situation fails instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from django.test import Client

from heartwork.accounts import services as account_services
from heartwork.accounts.models import User

PASSWORD = "a quiet evening walk"


def require_or_skip(flag: str, reason: str) -> None:
    """Skip with ``reason`` locally; fail when CI says the part is required."""
    if os.environ.get(flag) == "1":
        pytest.fail(f"{reason} ({flag}=1, so this is required here)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_user(email: str, name: str) -> User:
    return User.objects.create_user(email, PASSWORD, name=name)


def link(a: User, b: User) -> None:
    invitation = account_services.invitation_create(inviter=a)
    account_services.invitation_accept(user=b, code=invitation.code)


@dataclass
class People:
    """Alice and Bob are partners; Eve is an outsider with a partner of her own."""

    alice: User
    bob: User
    eve: User
    frank: User


@pytest.fixture
def people(db) -> People:
    alice, bob = make_user("alice@example.com", "Alice"), make_user("bob@example.com", "Bob")
    eve, frank = make_user("eve@example.com", "Eve"), make_user("frank@example.com", "Frank")
    link(alice, bob)
    link(eve, frank)
    return People(alice, bob, eve, frank)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
