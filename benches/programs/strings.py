# String building: join, f-strings, concatenation, split, replace, slicing,
# upper/lower, str.find and formatting of numbers.


def make_records(n):
    parts = []
    for i in range(n):
        name = "item" + str(i % 97)
        parts.append(f"{i}:{name}:{i * 7 % 1000:04d}:{(i % 13) / 4:.2f}")
    return ",".join(parts)


def parse_records(blob):
    total = 0
    names = 0
    for rec in blob.split(","):
        fields = rec.split(":")
        total += int(fields[0]) + int(fields[2])
        total += int(float(fields[3]) * 100)
        if fields[1].endswith("7"):
            names += 1
    return total, names


def concat_words(n):
    s = ""
    for i in range(n):
        s += "w" + str(i % 10)
        if len(s) > 200:
            s = s[50:].upper().lower()
    return s


def transform(text, rounds):
    h = 0
    for r in range(rounds):
        t = text.replace("a", "b" if r % 2 else "c")
        words = t.split()
        line = " ".join(reversed(words))
        h = (h * 131 + len(line) + line.find("quick") + line.count("o")) % 1000003
        title = "-".join([w.capitalize() for w in words[:5]])
        h = (h + len(title) + ord(title[r % len(title)])) % 1000003
    return h


def main():
    blob = make_records(380000)
    total, names = parse_records(blob)
    s = concat_words(900000)
    text = "the quick brown fox jumps over a lazy dog and a cat " * 8
    h = transform(text, 90000)
    print("blob length", len(blob))
    print("parsed", total, names)
    print("concat", len(s), s[:20])
    print("transform", h)


main()
