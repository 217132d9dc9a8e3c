# An exhausted iterator stepped again by the inline FOR_ITER paths: the
# iterator may be the last owner of its sequence, whose memory is reused
# before the second loop (this crashed for tuple and str iterators).
import operator


def run(make):
    it = iter(make())
    for x in it:
        pass
    junk = [make() for i in range(2000)]
    junk2 = ["x" * (i % 50) + str(i) for i in range(2000)]
    out = []
    for x in it:
        out.append(x)
    for x, y in zip(it, it):
        out.append(x)
    print(type(it).__name__, out, next(it, "end"), operator.length_hint(it), len(junk) + len(junk2))


run(lambda: tuple(range(5)))
run(lambda: "".join(["ab", "cd"]))
run(lambda: "".join(["é", "x"]))
run(lambda: list(range(3)))
run(lambda: range(3))
run(lambda: range(2**70, 2**70 + 2))
run(lambda: b"bytes")

# Partly consumed, then exhausted through next().
it = iter((1, 2))
print(next(it), next(it), next(it, None), list(it), [x for x in it])
it = iter("ab")
print(next(it), list(it), list(it), operator.length_hint(it))
