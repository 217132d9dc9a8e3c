# format()/f-string specs of exact ints and floats skip the __format__
# lookup; subclasses, bools and errors must still behave as in CPython.


class Money(float):
    def __format__(self, spec):
        return "$" + float.__format__(self, spec or ".2f")


class Count(int):
    def __format__(self, spec):
        return "#" + int.__format__(self, spec)


class Plain(int):
    pass


print(f"{7:04d}|{-7:+05}|{255:#x}|{2**70:,}|{3.14159:.3f}|{1e20:.2e}|{0.5:%}|{1.5:g}")
print(f"{Money(2.5)}|{Money(2.5):.1f}|{Count(9):03d}|{Plain(9):03d}|{True:d}|{False:>5}")
print(format(12, "b"), format(12.0, "n"), format(-0.0, "z.1f"), format(10**20, "_d"))
print(format(5, ""), format(5.0, ""), format(Plain(3), ""), f"{2.5!r:>6}")
for bad in [(5, ".2d"), (5, "s"), (5.0, "d"), (5, "z"), (1.5, "c"), (5, ",c"), (2**100, "c")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(5, 3)
except TypeError as e:
    print("TypeError:", e)
