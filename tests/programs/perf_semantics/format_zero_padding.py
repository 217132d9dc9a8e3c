# Number formatting with zero padding written straight into the result:
# widths, signs, alignment, fills, grouping and alternate forms must keep
# CPython's layout.

nums = [0, 7, -7, 42, -42, 12345, -12345, 10**20, -(10**20)]
specs = ["04d", "08d", "+06d", " 06d", "=8d", "*=8d", "0=8d", "<6d", ">6d",
         "^7d", "06x", "#08x", "#010b", "08o", "#06o", "010,d", "012_d",
         "09_x", "0d", "1d", "2d", "x^9d", "\u00e9>6d", "\u00e9=8d", "03",
         "+", "-05d"]
for n in nums:
    print(n, [format(n, s) for s in specs])
    print("  ", f"{n:04d}|{n:>5}|{n:<5}|{n:^5}|{n:+05d}")

floats = [0.0, 1.5, -1.5, 3.14159, -2.71828, 1e10, -1e-5, float("inf"), float("nan"), -0.0]
fspecs = ["08.2f", "+09.3f", "010.2e", "012,.2f", "09.1%", "08g", "=10.2f",
          "*<10.2f", "^10.1f", "010", "07.2f", "0.2f", "\u00e9=10.2f"]
for x in floats:
    print(x, [format(x, s) for s in fspecs])

for i in range(0, 3000, 337):
    print(f"{i}:{i * 7 % 1000:04d}:{(i % 13) / 4:.2f}:{i:06,d}")

print("%05d|%-6d|%+07.2f|%08x" % (42, 42, 3.5, 255))
for bad in ["05s", ",s"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError", e)
