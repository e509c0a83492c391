"""The list of clinicians a booking may name, for every role."""

from __future__ import annotations

import pytest

from counselroom.domain.errors import PermissionDenied
from counselroom.services.accounts import AccountService
from counselroom.services.staff_directory import clinicians


@pytest.mark.parametrize("who", ["zhao", "li", "wanglaoshi"])
def test_every_role_sees_active_counsellors_and_supervisors(staff, who):
    session = staff.login(who)
    try:
        listed = clinicians(session)
    finally:
        session.logout()
    ids = {uid for uid, _ in listed}
    assert ids == {staff.ids["li"], staff.ids["zhou"], staff.ids["wanglaoshi"]}
    assert (staff.ids["li"], "李老师") in listed
    assert staff.ids["zhao"] not in ids  # assistants take no bookings


def test_disabled_accounts_are_left_out(staff):
    boss = staff.login("wanglaoshi")
    AccountService(boss).set_active(staff.ids["zhou"], False)
    try:
        assert staff.ids["zhou"] not in {uid for uid, _ in clinicians(boss)}
    finally:
        boss.logout()


def test_needs_an_open_session(staff):
    session = staff.login("li")
    session.lock()
    with pytest.raises(PermissionDenied):
        clinicians(session)
    session.logout()
