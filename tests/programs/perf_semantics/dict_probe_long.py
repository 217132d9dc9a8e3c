# `d.get(key)` and instance-dict absence proofs walk the probe sequence in
# generated code to its end: long walks over full tables, deleted slots
# and missing keys must answer as the runtime's lookup does.
import string

SMALL = {'"': 1, "\\": 2, "\n": 3, "\t": 4, "\r": 5}


def misses(d, keys):
    found = 0
    missing = 0
    for k in keys:
        if d.get(k) is None:
            missing += 1
        else:
            found += 1
    return found, missing


chars = [chr(i) for i in range(0x250)] + ["ab", "ba", "\u20ac", "\U0001f600", ""]
print(misses(SMALL, chars))
pairs = [a + b for a in string.printable for b in "xyz\n\\"]
print(misses(SMALL, pairs))

# A table whose slots are mostly deleted entries: every miss walks over
# dummies until a free slot.
churn = {}
for i in range(5):
    churn["k%d" % i] = i
for round_ in range(40):
    key = "tmp%d" % round_
    churn[key] = round_
    del churn[key]
print(len(churn), misses(churn, ["k%d" % i for i in range(10)] + ["tmp%d" % i for i in range(50)]))
print([churn.get("k%d" % i, "-") for i in range(7)])

# A full small table, then all deleted but one.
full = {str(i): i for i in range(5)}
print(misses(full, [str(i) for i in range(100)]))
for i in range(4):
    del full[str(i)]
print(misses(full, [str(i) for i in range(100)]), full.get("4"), full.get("0", "gone"))


# Instance dicts with deleted attributes: method lookups prove the name
# absent from the instance dict first.
class Box:
    def method(self):
        return "method"

    def other(self):
        return "other"


b = Box()
for i in range(30):
    setattr(b, "attr%d" % i, i)
for i in range(29):
    delattr(b, "attr%d" % i)
out = []
for _ in range(3):
    out.append(b.method())
    out.append(b.other())
b.method = lambda: "shadowed"
out.append(b.method())
del b.method
out.append(b.method())
print(out, sorted(vars(b)))
