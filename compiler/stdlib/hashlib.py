"""Secure hashes and message digests (cranepy's own implementation): MD5,
SHA-1 and the SHA-2 family, computed by the native `_hashlib` module."""

import _hashlib

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available"]

algorithms_guaranteed = frozenset(_hashlib.algorithms)
algorithms_available = frozenset(_hashlib.algorithms)


class HASH:
    """A hash object: feed it with `update`, read it with `digest`."""

    __module__ = "_hashlib"

    def __init__(self, name, data=b""):
        self.digest_size, self.block_size = _hashlib.sizes(name)
        self.name = name
        self._state = b""
        if data:
            self.update(data)

    def update(self, *args):
        if len(args) != 1:
            raise TypeError(f"HASH.update() takes exactly one argument ({len(args)} given)")
        self._state = _hashlib.update(self.name, self._state, args[0])

    def digest(self):
        return _hashlib.digest(self.name, self._state)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH.__new__(HASH)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other.name = self.name
        other._state = self._state
        return other

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return data


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    return HASH(name.lower(), _check_data(data))


def _constructor(name):
    def construct(*args, usedforsecurity=True, **kwargs):
        if len(args) > 1:
            raise TypeError(f"openssl_{name}() takes at most 1 positional argument "
                            f"({len(args)} given)")
        data = args[0] if args else b""
        for key, value in kwargs.items():
            if key != "string":
                raise TypeError(f"'{key}' is an invalid keyword argument for openssl_{name}()")
            data = value
        return HASH(name, _check_data(data))
    construct.__name__ = "openssl_" + name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
