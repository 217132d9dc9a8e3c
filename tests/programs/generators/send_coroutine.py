# Coroutine-style generators driven with send()
def running_average():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))
for v in [10, 20, 30, 5]:
    print("sent", v, "average", avg.send(v))


def echo():
    received = []
    try:
        while True:
            msg = yield len(received)
            received.append(msg)
    finally:
        print("echo closing with", received)


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()


def parser():
    fields = {}
    while True:
        line = yield
        if line is None:
            break
        key, _, value = line.partition("=")
        fields[key.strip()] = value.strip()
    yield fields


p = parser()
next(p)
for line in ["name = Ada", "lang=Python", "year = 1843"]:
    p.send(line)
print(p.send(None))
g = running_average()
try:
    g.send(1)
except TypeError as err:
    print(type(err).__name__, err)


def state_machine():
    state = "idle"
    while True:
        event = yield state
        transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                       ("paused", "resume"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
        state = transitions.get((state, event), state)


sm = state_machine()
print(next(sm), [sm.send(ev) for ev in ["start", "pause", "start", "resume", "stop", "resume"]])
