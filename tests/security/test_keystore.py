"""Which key stores are accepted, against the real backends' classes."""

import pytest
from keyring.backends import SecretService, chainer, fail, null

from counselroom.domain.errors import KeystoreError
from counselroom.security.keystore import Keystore, check_backend


def test_real_os_backends_are_accepted():
    check_backend(SecretService.Keyring())


@pytest.mark.parametrize("backend, code", [
    (null.Keyring(), "keyring.unsafe"),
    (fail.Keyring(), "keyring.none"),
])
def test_null_and_fail_backends_are_refused(backend, code):
    with pytest.raises(KeystoreError) as err:
        check_backend(backend)
    assert err.value.code == code


def test_keyrings_alt_file_backends_are_refused():
    import keyrings.alt.file as alt

    with pytest.raises(KeystoreError) as err:
        check_backend(alt.PlaintextKeyring())
    assert err.value.code == "keyring.unsafe"


class SafeFirstChain(chainer.ChainerBackend):
    backends = [SecretService.Keyring(), null.Keyring()]


class UnsafeFirstChain(chainer.ChainerBackend):
    backends = [null.Keyring(), SecretService.Keyring()]


def test_a_chain_is_replaced_by_its_strongest_member():
    # Never the chain itself: it would fall through to the next (plain-file) backend
    # whenever the first one fails.
    store = Keystore("inst", SafeFirstChain())
    assert isinstance(store.backend, SecretService.Keyring)
    with pytest.raises(KeystoreError):
        Keystore("inst", UnsafeFirstChain())


def test_secret_that_does_not_read_back_is_refused(memory_keyring, monkeypatch):
    store = Keystore("inst", memory_keyring)
    monkeypatch.setattr(memory_keyring, "get_password", lambda *a: None)
    with pytest.raises(KeystoreError) as err:
        store.store_device_secret(b"\x01" * 32)
    assert err.value.code == "keyring.readback_failed"


@pytest.mark.secret_service
def test_device_secret_round_trip_in_a_real_secret_service(secret_service):
    store = Keystore("inst-ss", secret_service)
    store.store_device_secret(b"\x07" * 32)
    assert store.device_secret() == b"\x07" * 32
    store.delete("device-secret")
    assert store.device_secret() is None
