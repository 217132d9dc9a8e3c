# Formatting floats with format specs
x = 1234.5678
print(f"{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^12.3f}|{x:+.0f}|{x:08.2f}")
print(f"{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:G}|{0.00001234:g}|{1e20:g}")
print(f"{x:,.2f}|{x:_.3f}|{1234567.891:,}|{0.25:%}|{0.25:.1%}")
print(f"{-0.0:.1f}|{float('inf'):f}|{float('nan'):.2f}|{float('-inf'):E}")
print(f"{3.0}|{3.0:}|{3.0:.0f}|{3.0:#.0f}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}")
print(format(1 / 3, ".10f"), format(2 / 3, ".15g"), format(1e-10, ".3"), format(123.0, ".2"))
print(format(1e16, ""), format(12.0, "n"), format(0.1, ".20f"))
print("%.3f %5.1f %-8.2f| %e %g %G" % (x, x, x, x, x, 1e-10))
print("%d %i %s %r" % (3.99, -2.5, 1.0, 0.1))
print(str(1.0), str(1e-7), "{:.1f}".format(0.05), "{:.1f}".format(0.15), "{:.1f}".format(0.25))
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in rows:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
print(f"{sum(p * q for _, p, q in rows):>33.2f}")
