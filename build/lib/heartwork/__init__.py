"""Heartwork: a private, self-hostable place where two partners build emotional intimacy."""
