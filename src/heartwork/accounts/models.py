"""People, the couple they form, the invitations that link them, API tokens, failed logins."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.utils import timezone

from heartwork.core.encryption import EncryptedTextField
from heartwork.core.public_ids import HasPublicId


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        return self.create_user(email, password, is_staff=True, is_superuser=True, **extra)


class User(AbstractBaseUser, PermissionsMixin, HasPublicId):
    """A person. Email is the login; the name is what the partner sees.

    The email stays plain text because it is how a person signs in (looked up, unique);
    the name is encrypted at rest like everything else a person writes.
    """

    email = models.EmailField(unique=True)
    name = EncryptedTextField(blank=True, default="")  # at most NAME_MAX, checked in services
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    # Attempts to sign in to this account that failed since its owner last signed in:
    # only the count, told to the owner once (see accounts/logins.py).
    failed_logins = models.PositiveIntegerField(default=0, editable=False)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name or self.email.split("@")[0]


class Couple(models.Model):
    """Two people linked by an accepted invitation. It ends when either one leaves."""

    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Couple {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None


class Membership(models.Model):
    """One person's place in one couple; a person is in at most one couple at a time."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(left_at__isnull=True), name="one_current_couple"
            ),
            models.UniqueConstraint(fields=["couple", "user"], name="one_membership_per_couple"),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.couple}"


class Invitation(HasPublicId):
    """A one-time way into a couple: a long link token and a short code.

    Both are stored hashed for lookup (a database leak does not hand out invitations)
    and encrypted for the inviter to see again while the invitation is open.
    """

    inviter = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    token_hash = models.CharField(max_length=64, unique=True)
    code_hash = models.CharField(max_length=64, unique=True)
    token = EncryptedTextField()
    code = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Invitation {self.pk} from {self.inviter}"

    @property
    def is_open(self) -> bool:
        return self.used_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class ApiToken(HasPublicId):
    """A personal access token for scripts. Stored hashed; shown once; revocable.

    Made only from a signed-in browser after the password is typed again, never by
    another token. Each has a scope and an expiry chosen when it is made, and all of a
    person's tokens end when their password changes.
    """

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        READ_WRITE = "read-write", "Read and write"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = EncryptedTextField()  # at most TOKEN_NAME_MAX, checked in services
    prefix = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    scope = models.CharField(max_length=10, choices=Scope.choices)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.READ_WRITE


class LoginFailure(models.Model):
    """One failed login (a wrong password, or a wrong code at the second step), kept only
    while it counts toward a cool-off (see accounts/logins.py).

    Both keys are keyed hashes (HMAC with the secret key), so the table holds neither the
    email that was typed nor the address it came from: only that a failure happened, and when.
    """

    # The email typed with the client address; for a wrong second-step code, the account
    # with the client address.
    pair_key = models.CharField(max_length=64)
    # The client address alone; for a wrong second-step code, the account alone.
    client_key = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes: ClassVar = [
            models.Index(fields=["pair_key", "at"], name="login_failure_pair"),
            models.Index(fields=["client_key", "at"], name="login_failure_client"),
            models.Index(fields=["at"], name="login_failure_at"),
        ]

    def __str__(self) -> str:
        return f"Failed login at {self.at:%Y-%m-%d %H:%M:%S}"
