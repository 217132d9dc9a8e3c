# contextlib: generator-based managers, suppress, closing and nullcontext.
from contextlib import contextmanager, suppress, closing, nullcontext, ContextDecorator


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("after swallow")


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        1 / 0
except ZeroDivisionError:
    pass
print(log)

with suppress(FileNotFoundError, KeyError):
    raise KeyError("k")
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


@tag("fn")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(21))


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def work():
    print("working")


work()


@contextmanager
def bad():
    if False:
        yield


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
