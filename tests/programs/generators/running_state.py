# gi_running, gi_frame, gi_code and "generator already executing".
def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g), g.gi_running)
print(list(g))
print(g.gi_frame is None)


def reentrant():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield "ValueError: " + str(e)


me = reentrant()
print(next(me))
print(next(me))


def sender():
    x = yield "ready"
    while True:
        try:
            me2.send(x)
        except ValueError as e:
            x = yield str(e)


me2 = sender()
print(next(me2))
print(me2.send(5))
me2.close()
print(me2.gi_frame is None, me2.gi_running)
print(repr(me2).startswith("<generator object sender at "))
print(counter.__name__, type(g).__name__)
