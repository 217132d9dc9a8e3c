# Float layouts (exponents of one to three digits, points before and
# after the digits, trailing zeros) and padding with ASCII and non-ASCII
# fills, in format specs and %-formatting.
values = [0.0, -0.0, 1.5, -2.25, 1e-300, 1.7976931348623157e308, 5e-324, 1e22,
          123456789.125, 0.000123, 1e-5, 12345.678, -9.999e99, 1e100, 3.0]
for x in values:
    print(f"{x:e}|{x:.0e}|{x:.3E}|{x:g}|{x:.12g}|{x:#g}|{x:%}|{x:.0f}|{x:#.0f}")
    print("%e|%.2e|%g|%G|%#.3g|%10.4f|%-12.1e|%+g" % (x, x, x, x, x, x, x, x))
    print(f"[{x:*^30.4e}] [{x:\u00e9<20g}] [{x:\u20ac>18.2f}] [{x:=+16.3f}] [{x:016.2e}]")
    print(f"[{x:,.2f}] [{x:_.3f}] [{x:>40,.1f}]")
for n in (0, 7, -42, 10**6, -(10**18), 2**70):
    print(f"[{n:*>12,}] [{n:\u00e9^15_}] [{n:=+14,d}] [{n:>3}] [{n:,}] [{n:020,d}]")
    print("%12d|%-12d|%012d|%5.3d|%-5s|%8s" % (n, n, n, n, n, n))
print(f"{'ab':\U0001f600^9}|{'abc':.>8}|{'xyz':<6}|")
print(format(1.5, "\u00e9>10"), format(-7, "\u00e9<8"), len(format(2.5, "500.1f")))
