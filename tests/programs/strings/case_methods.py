# upper/lower/title/capitalize/swapcase/casefold
samples = ["hello world", "HELLO World", "mIxEd CaSe 123", "they're bill's friends", "o'neil mc-donald",
           "", "a", "ÉCOLE française", "123abc DEF", "hello\tworld\nnew line"]
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("Straße".casefold(), "Straße".lower(), "ΣΑΣ".lower(), "ΣΑΣ".casefold())
print("hello".capitalize(), "HELLO".capitalize(), "1st place".capitalize(), " space".capitalize())
print("ab-cd_ef gh".title(), "x2y".title(), "ABC".title())


def snake_to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


for n in ["my_variable_name", "x", "http_response_code"]:
    c = snake_to_camel(n)
    print(n, c, camel_to_snake(c))
