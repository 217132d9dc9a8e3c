# ExitStack: dynamic numbers of managers, callbacks and pop_all.
from contextlib import ExitStack, contextmanager


@contextmanager
def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")


log = []
with ExitStack() as stack:
    files = [stack.enter_context(opened(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback")
    log.append("using " + ",".join(files))
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(opened("x", log))
        stack.callback(lambda: log.append("cleanup"))
        raise ValueError("fail")
except ValueError as e:
    log.append(f"caught {e}")
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(opened("keep", log))
    saved = stack.pop_all()
log.append("stack closed")
saved.close()
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("suppressing", typ.__name__ if typ else None)
        return True


with ExitStack() as stack:
    stack.push(Suppressor())
    raise KeyError("gone")
print("continued")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)


def order(*names):
    with ExitStack() as s:
        for n in names:
            s.callback(print, "exit", n)
        print("body")


order(1, 2, 3)
