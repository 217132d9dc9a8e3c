# str.format with positional, keyword, index and attribute fields
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))


class Config:
    host = "localhost"
    port = 8080


print("{c.host}:{c.port}".format(c=Config()), "{0.port:>6}".format(Config))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format("r", "l", "c", "s"))
print("{:.3f} {:e} {:,} {:08.3f} {:+d} {:x}".format(3.14159, 12345.678, 10 ** 7, -2.5, 5, 255))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:{}}".format("w", 4) + "|")
print("{{}} {{{}}}".format("x"), "{!r} {!s} {!a}".format("q", "q", "é"))
data = {"first": "Grace", "last": "Hopper"}
print("{first} {last}".format(**data), "{0} {1}".format(*["a", "b"]))
print("{:>{width}}".format("x", width=5), "{:{fill}{align}{w}}".format(7, fill="0", align=">", w=4))
template = "{:<8}{:>6}{:>8.2f}"
for row in [("apples", 3, 1.5), ("pears", 10, 0.25)]:
    print(template.format(*row))
print("{0}".format([1, 2]), "{}".format(None), "{:d}".format(True), "{:%}".format(0.125))
print("%s" % "x", format(12, "04"), format("ab", "^6"), "{0!r:^10}".format("ab"))
for bad, args in [("{} {}", ("one",)), ("{2}", ("a", "b")), ("{x}", ()), ("{:d}", ("s",)), ("{0}{}", ("a", "b"))]:
    try:
        print(bad.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{0.real}+{0.imag}j".format(3 + 4j), "{a[1]}".format(a="xyz"))
