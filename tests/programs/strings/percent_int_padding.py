# %d, %Nd and %0Nd of ints (percent's quick conversions): signs, zeros,
# widths smaller than the digits, bools, big ints, subclasses and bytes
# formats; then str + str (concat reads the payloads directly) with
# subclasses, empty operands, non-ASCII text and the TypeErrors.
vals = [0, 5, -5, 42, -42, 123456, -123456, 2**62, -(2**62), 2**63, -(2**70), True, False]
for v in vals:
    print(repr("%d|%1d|%2d|%5d|%9d|%01d|%02d|%05d|%09d|%i|%u" % ((v,) * 11)))


class I(int):
    def __str__(self):
        return "I!"

    def __repr__(self):
        return "I?"


print("%d %05d %3d" % (I(7), I(-7), I(12345)))
print(b"%05d|%3d|%d" % (-42, 7, 2**65))
print("%s=%d;" % ("alpha", 37), "%02d:%02d:%02d" % (1, 2, 3))
print("%d%%%03d" % (1, 2), "%x %5s %-4d|" % (255, "ab", 3))
print("2024-%02d-%02d %02d:%02d:%02d [%s] message number %d" % (12, 28, 23, 59, 7, "INFO", 119999))
for bad in (lambda: "%d" % "x", lambda: "%05d" % 1.5, lambda: "%d %d" % (1,), lambda: "%d" % (1, 2)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


class S(str):
    pass


a, b = S("left"), S("right")
for x, y in ((a, "x"), ("x", b), (a, b), ("", a), (a, ""), ("", ""), ("é", "ü" * 40), ("x" * 70, "y")):
    r = x + y
    print(repr(r), type(r).__name__, len(r))
for bad in (lambda: "a" + 1, lambda: "a" + None, lambda: 1 + "a", lambda: None + S("x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
