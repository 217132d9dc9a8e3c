# Character class predicates
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", " \t\n", "½", "²", "٣", "Hello World",
           "hello world", "_name1", "1name", "ñ", "日本", "tab\there", "\x07", "Title Case"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
           "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(m[2:6] for m in methods))
for s in samples:
    flags = " ".join(("T" if getattr(s, m)() else ".").center(4) for m in methods)
    print(repr(s).ljust(14), flags)


def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"


counts = {}
for ch in "Hello World 2024! Ça va?":
    kind = classify(ch)
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
