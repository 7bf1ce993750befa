"""Domain errors: raised by services, shown to people as they are."""


class DomainError(Exception):
    """A request that cannot be carried out, with a message a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
