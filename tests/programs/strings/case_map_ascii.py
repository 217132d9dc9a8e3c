# ASCII case mappings written straight into the new str: every length
# (empty, one character, inline text, heap text), every mapping, and
# receivers that are str subclasses.
samples = [
    "",
    "a",
    "Z",
    "7",
    "hELLO wORLD",
    "it's 3rd-party o'neil",
    "MiXeD_case-123 abc",
    "x" * 63 + "Y",
    "aBc" * 40,
    "  leading and trailing  ",
    "\t\ntabs\x7fand\x00nul",
    "done.",
]
for s in samples:
    for name in ["upper", "lower", "capitalize", "title", "swapcase", "casefold"]:
        r = getattr(s, name)()
        print(name, repr(r[:70]), len(r), type(r).__name__)


class S(str):
    pass


for s in [S("hello World"), S(""), S("q"), S("abc" * 30)]:
    for r in [s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase()]:
        print(type(r).__name__, repr(r[:40]), len(r))

# Non-ASCII text keeps the full Unicode mappings.
for s in ["straße", "ǆemal", "éCOLE", "ﬁne", "ΣΑΣ", "İi"]:
    print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())

# Results are fresh strs that hash and compare like literals.
d = {"HELLO": 1, "Hello": 2, "hello": 3}
print(d["hello".upper()], d["HELLO".capitalize()], d["HeLLo".lower()])
words = "the quick brown fox".split()
print("-".join([w.capitalize() for w in words]), [w.upper() for w in words][::-1])
acc = ""
for i in range(100):
    acc = (acc + "aB")[-90:].upper().lower()
print(len(acc), acc[:10])
