"""Accounts: the supervisor creates, disables, unlocks and resets them."""

from __future__ import annotations

import secrets

from counselroom.domain.accounts import (
    Role, User, normalize_password, validate_display_name, validate_password, validate_username,
)
from counselroom.domain.audit import Action
from counselroom.domain.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from counselroom.security.keys import WrongSecret
from counselroom.services.session import Session
from counselroom.storage.users_repo import UserRepository

# No 0/O, 1/l/i: a one-time password is read off the screen and typed once.
_OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def one_time_password() -> str:
    groups = ("".join(secrets.choice(_OTP_ALPHABET) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


class AccountService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _users(self) -> UserRepository:
        return UserRepository(self._s.db)

    def _target(self, user_id: int) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise NotFound("account.not_found")
        return user

    def list(self) -> list[User]:
        self._s.require(Role.SUPERVISOR)
        return self._users.all()

    def create(self, *, username: str, display_name: str, role: Role) -> tuple[User, str]:
        """A new account with a one-time password that must be changed at first login."""
        actor = self._s.require(Role.SUPERVISOR)
        username = validate_username(username)
        display_name = validate_display_name(display_name)
        device_secret = self._device_secret()
        if self._users.by_username(username) or self._s.keyfile.user_slot(username, device_secret):
            raise ValidationError("username", "username.taken")
        password = one_time_password()
        with self._s.db.transaction():
            user = self._users.add(username=username, display_name=display_name, role=role,
                                   created_at=self._s.clock(), must_change_password=True)
            self._s.audit.append(actor, Action.ACCOUNT_CREATED, target=f"user:{user.id}",
                                 detail={"username": username, "role": role.value})
            self._s.save_keyfile(self._s.keyfile.with_user_slot(
                username, password, device_secret, self._s.key))
        return user, password

    def _device_secret(self) -> bytes:
        secret = self._s.keystore.device_secret()
        if secret is None:
            raise AuthenticationError("recovery.device_secret_missing")
        return secret

    def set_active(self, user_id: int, active: bool) -> User:
        actor = self._s.require(Role.SUPERVISOR)
        target = self._target(user_id)
        if target.active == active:
            return target
        if not active:
            if target.id == actor.id:
                raise PermissionDenied("account.cannot_disable_self")
            if target.is_supervisor and self._users.count_active_supervisors() <= 1:
                raise PermissionDenied("account.last_supervisor")
        with self._s.db.transaction():
            self._users.update_flags(user_id, active=active)
            self._s.audit.append(actor, Action.ACCOUNT_ENABLED if active else Action.ACCOUNT_DISABLED,
                                 target=f"user:{user_id}", detail={"username": target.username})
        return self._target(user_id)

    def unlock(self, user_id: int) -> User:
        actor = self._s.require(Role.SUPERVISOR)
        target = self._target(user_id)
        with self._s.db.transaction():
            self._users.update_flags(user_id, locked=False, failed_logins=0)
            self._s.audit.append(actor, Action.ACCOUNT_UNLOCKED, target=f"user:{user_id}",
                                 detail={"username": target.username})
        self._s.guard.reset(target.username)
        return self._target(user_id)

    def reset_password(self, user_id: int) -> tuple[User, str]:
        actor = self._s.require(Role.SUPERVISOR)
        target = self._target(user_id)
        if target.id == actor.id:
            raise PermissionDenied("account.reset_own_password")
        password = one_time_password()
        device_secret = self._device_secret()
        with self._s.db.transaction():
            self._users.update_flags(user_id, must_change_password=True, needs_password_reset=False,
                                     locked=False, failed_logins=0)
            self._s.audit.append(actor, Action.ACCOUNT_PASSWORD_RESET, target=f"user:{user_id}",
                                 detail={"username": target.username})
            self._s.save_keyfile(self._s.keyfile.with_user_slot(
                target.username, password, device_secret, self._s.key))
        self._s.guard.reset(target.username)
        return self._target(user_id), password

    def change_own_password(self, old_password: str, new_password: str) -> User:
        """Allowed while a password change is pending (that is its purpose)."""
        if self._s.locked:
            raise PermissionDenied("session.locked")
        user = self._s.user
        device_secret = self._device_secret()
        try:
            self._s.keyfile.open_user_slot(user.username, normalize_password(old_password), device_secret)
        except WrongSecret:
            raise ValidationError("old_password", "password.old_wrong") from None
        new_password = validate_password(new_password, username=user.username, field="new_password")
        if new_password == normalize_password(old_password):
            raise ValidationError("new_password", "password.same_as_old")
        with self._s.db.transaction():
            self._users.update_flags(user.id, must_change_password=False, needs_password_reset=False)
            self._s.audit.append(user, Action.PASSWORD_CHANGED, target=f"user:{user.id}")
            self._s.save_keyfile(self._s.keyfile.with_user_slot(
                user.username, new_password, device_secret, self._s.key))
        return self._s.refresh_user()
