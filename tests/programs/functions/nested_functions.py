# Nested function definitions and function factories
def make_validator(min_len, max_len, allowed):
    def too_short(s):
        return len(s) < min_len

    def too_long(s):
        return len(s) > max_len

    def bad_chars(s):
        return sorted(set(c for c in s if c not in allowed))

    def validate(s):
        problems = []
        if too_short(s):
            problems.append(f"shorter than {min_len}")
        if too_long(s):
            problems.append(f"longer than {max_len}")
        bad = bad_chars(s)
        if bad:
            problems.append(f"bad chars {bad}")
        return problems or ["ok"]

    return validate


username_ok = make_validator(3, 8, "abcdefghijklmnopqrstuvwxyz0123456789_")
for name in ["bob", "al", "very_long_name", "Bad Name!", "ok_name1"]:
    print(repr(name), username_ok(name))


def html_builder():
    parts = []

    def tag(name):
        def open_close(content):
            parts.append(f"<{name}>{content}</{name}>")
            return open_close
        return open_close

    def result():
        return "".join(parts)

    return tag, result


tag, result = html_builder()
tag("h1")("Title")
tag("p")("one")("two")
print(result())


def outer(n):
    def level1():
        def level2():
            def level3():
                return n * 1000
            return level3() + n * 100
        return level2() + n * 10
    return level1() + n


print(outer(1), outer(7))


def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        return items.pop() if items else None

    def size():
        return len(items)

    return push, pop, size


push, pop, size = make_stack()
for i in range(4):
    push(i * i)
print(size(), pop(), pop(), size(), pop(), pop(), pop(), size())
