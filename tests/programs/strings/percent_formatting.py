# printf-style % formatting
print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%.2s|%r|%a" % ("ab", "ab", "abc", "ab", "é"))
print("%d|%5d|%-5d|%05d|%+d|% d|%i" % (42, 42, 42, 42, 42, 42, -7))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f|%.2f|%8.3f|%-8.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00031, 1e-5, 1e20))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 2.71828))
print("100%% sure" % (), "%s%%" % 50, "%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%s %s" % (None, True), "%d" % True, "%.1f" % 2, "%d" % 3.9, "%s" % 3.9)
print("%5.1f%%" % 99.44, "%-10s|" % "left", "%10s|" % "right")
for name, score in [("alice", 93.5), ("bob", 7.25)]:
    print("%-8s %6.2f %s" % (name, score, "*" * int(score // 10)))
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", ("a",))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
