"""Domain errors: raised by services, shown to people as they are."""


class DomainError(Exception):
    """A request that cannot be carried out, with a message a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RateLimited(DomainError):
    """Too many tries for now; ``retry_after`` is the most seconds to wait."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
