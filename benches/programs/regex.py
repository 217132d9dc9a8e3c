# Regular expressions: tokenizing with a big alternation, log-line parsing
# with groups, findall/sub/split over a large text, backtracking-heavy
# patterns and backreferences. Prints a checksum.
import re


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "x1", "y22", "z333", "foo_bar"]
    parts = []
    for i in range(n):
        w = words[i % len(words)]
        parts.append("%s=%d;" % (w, i * 37 % 1000))
        if i % 7 == 0:
            parts.append(" user%d@host%d.example.com " % (i % 13, i % 5))
        if i % 11 == 0:
            parts.append("\n")
    return "".join(parts)


TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>[=;@.])|(?P<ws>\s+)")
EMAIL = re.compile(r"\b([\w.]+)@([\w.]+)\.(com|org)\b")
LOG = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (.*)$")


def tokens(text):
    counts = {}
    for m in TOKEN.finditer(text):
        k = m.lastgroup
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items())


def logs(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    total = 0
    for i in range(n):
        line = "2024-%02d-%02d %02d:%02d:%02d [%s] message number %d" % (
            i % 12 + 1, i % 28 + 1, i % 24, i % 60, i * 7 % 60, levels[i % 4], i)
        m = LOG.match(line)
        if m and m.group(7) != "DEBUG":
            total += int(m.group(2)) + len(m.group(8))
    return total


def main():
    text = make_text(80000)
    print(tokens(text))
    emails = EMAIL.findall(text)
    print(len(emails), emails[:2])
    print(len(re.sub(r"\d+", lambda m: str(len(m.group())), text)))
    print(len(re.split(r"[;\n]+", text)))
    print(len(re.findall(r"(\w)\1", text)))
    print(sum(1 for _ in re.finditer(r"(?i)ALPHA|gamma(?==)", text)))
    print(logs(120000))
    check = 0
    for i in range(40000):
        s = "a" * (i % 20) + "b" + "ab" * (i % 5)
        if re.fullmatch(r"(a|ab)*b(ab)*", s):
            check += 1
        if re.search(r"(?<=a)b(?!a)", s):
            check += 2
    print(check)


main()
