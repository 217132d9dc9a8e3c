# ord, chr, hex, oct, bin, format, ascii
print(ord("a"), ord("\n"), ord("€"), chr(97), chr(0x1F600), chr(0x41) + chr(0x42))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".2f"), format("x", ">5"), format(12345, ","))
print(format(0.5, "%"), format(42), format("abc"), format(True), format(None), format(1e6, "g"))
print(ascii("café ☕"), ascii(["ñ", 1]), ascii("plain"), ascii("\n"), ascii(b"bytes"))


class Hexable:
    def __index__(self):
        return 26


print(hex(Hexable()), bin(Hexable()), oct(Hexable()), "abcdefghijklmnopqrstuvwxyz!"[Hexable()])


class Temperature:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.c, spec or ".1f") + "°C"


t = Temperature(21.5)
print(format(t), format(t, ".0f"), format(t, "F"), format(t, ".2F"), f"{t:>8.1f}")
for bad in [lambda: hex(1.5), lambda: format(1, "q"), lambda: format("s", "d"), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
