# Exception chaining: raise ... from ..., implicit context and from None
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")


try:
    parse_port("80a")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    lookup({}, "host")
except ConfigError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    implicit()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__context__)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__.args)
print(parse_port("8080"))
chain = []
try:
    try:
        try:
            raise OSError("disk")
        except OSError as e:
            raise RuntimeError("io failed") from e
    except RuntimeError as e:
        raise SystemError("fatal") from e
except SystemError as e:
    exc = e
    while exc is not None:
        chain.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__
print(" <- ".join(chain))
