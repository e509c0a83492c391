"""Accounts, roles and the password rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line


class Role(str, Enum):
    SUPERVISOR = "supervisor"   # 负责人
    COUNSELLOR = "counsellor"   # 咨询师
    ASSISTANT = "assistant"     # 助理


class AccountStatus(str, Enum):
    ACTIVE = "active"
    DISABLED = "disabled"
    LOCKED = "locked"
    MUST_CHANGE_PASSWORD = "must_change_password"


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool = True
    locked: bool = False
    must_change_password: bool = False
    failed_logins: int = 0
    created_at: datetime | None = None
    last_login_at: datetime | None = None
    # Set when a recovery on a new PC left this account without a usable key slot.
    needs_password_reset: bool = False

    @property
    def status(self) -> AccountStatus:
        if not self.active:
            return AccountStatus.DISABLED
        if self.locked:
            return AccountStatus.LOCKED
        if self.must_change_password or self.needs_password_reset:
            return AccountStatus.MUST_CHANGE_PASSWORD
        return AccountStatus.ACTIVE

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


# Teachers remember sentences better than symbol soup: the rule is length, not
# character classes (as current NIST guidance also says).
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128
USERNAME_MAX_LENGTH = 32
DISPLAY_NAME_MAX_LENGTH = 40

# Failed logins: after FREE_ATTEMPTS each further failure doubles the wait,
# capped; at LOCK_AFTER failures the account is locked until a supervisor
# unlocks it (or the recovery code is used).
FREE_ATTEMPTS = 5
LOCK_AFTER = 20
MAX_DELAY_SECONDS = 300
# Failures under any user names together (guessing names as well as passwords):
# after INSTALLATION_FREE_ATTEMPTS since the last successful login every attempt,
# whatever the name, waits; doubling, capped. Never a lock: anyone could lock
# the whole room out by typing nonsense.
INSTALLATION_FREE_ATTEMPTS = 10
MAX_INSTALLATION_DELAY_SECONDS = 60

_COMMON = {
    "password", "password1", "passw0rd", "12345678", "123456789", "1234567890",
    "87654321", "11111111", "00000000", "88888888", "66666666", "qwertyui",
    "qwertyuiop", "asdfghjk", "iloveyou", "abcdefgh", "abc12345", "a1234567",
    "woaini1314", "5201314520", "admin123", "admin1234", "counselroom",
}

_USERNAME_RE = re.compile(r"^[A-Za-z0-9._\-\u3400-\u4dbf\u4e00-\u9fff]+$")


def normalize_username(username: str) -> str:
    return unicodedata.normalize("NFC", username.strip())


def validate_username(username: str) -> str:
    name = normalize_username(username)
    if not name:
        raise ValidationError("username", "username.empty")
    if len(name) > USERNAME_MAX_LENGTH:
        raise ValidationError("username", "username.too_long", max=USERNAME_MAX_LENGTH)
    if not _USERNAME_RE.match(name):
        raise ValidationError("username", "username.bad_chars")
    return name


def validate_display_name(name: str) -> str:
    name = clean_line(name)
    if not name:
        raise ValidationError("display_name", "display_name.empty")
    if len(name) > DISPLAY_NAME_MAX_LENGTH:
        raise ValidationError("display_name", "display_name.too_long", max=DISPLAY_NAME_MAX_LENGTH)
    return name


def normalize_password(password: str) -> str:
    # The same password typed with a different input method must unlock the
    # same key slot, so compose it to one canonical form before hashing.
    return unicodedata.normalize("NFC", password)


def _is_sequence(text: str) -> bool:
    codes = [ord(c) for c in text.lower()]
    steps = {b - a for a, b in zip(codes, codes[1:])}
    return len(steps) == 1 and steps <= {1, -1}


def validate_password(password: str, *, username: str = "", field: str = "password") -> str:
    pw = normalize_password(password)
    if len(pw) < PASSWORD_MIN_LENGTH:
        raise ValidationError(field, "password.too_short", min=PASSWORD_MIN_LENGTH)
    if len(pw) > PASSWORD_MAX_LENGTH:
        raise ValidationError(field, "password.too_long", max=PASSWORD_MAX_LENGTH)
    if pw.strip() != pw:
        raise ValidationError(field, "password.edge_spaces")
    lowered = pw.lower()
    if len(set(lowered)) <= 2 or _is_sequence(pw):
        raise ValidationError(field, "password.too_simple")
    if lowered in _COMMON:
        raise ValidationError(field, "password.too_common")
    if username and normalize_username(username).lower() in lowered:
        raise ValidationError(field, "password.contains_username")
    return pw


def login_delay_seconds(failed_attempts: int) -> int:
    """How long to wait before the next attempt after ``failed_attempts`` failures."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << (failed_attempts - FREE_ATTEMPTS))   # doubles with each failure


def is_locked_out(failed_attempts: int) -> bool:
    return failed_attempts >= LOCK_AFTER


def installation_delay_seconds(failed_attempts: int) -> int:
    """How long any attempt waits after ``failed_attempts`` failures under all names together."""
    if failed_attempts < INSTALLATION_FREE_ATTEMPTS:
        return 0
    return min(MAX_INSTALLATION_DELAY_SECONDS, 1 << (failed_attempts - INSTALLATION_FREE_ATTEMPTS))
