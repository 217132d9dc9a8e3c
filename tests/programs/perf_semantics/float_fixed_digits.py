# Fixed-precision float formatting ('f', '%', '%.Nf', round to digits)
# takes an exact 128-bit integer path for precisions up to 19 and values
# below 2**64; ties, tiny and huge values, negative zero and every
# precision around the edge must match CPython digit for digit.

values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045,
          1e-7, 5e-324, 1e-300, 123456.789, 9007199254740993.0, 1.8e19, 3.6e19,
          1e22, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 299.9999999]
for x in values:
    print(" ".join(f"{x:.{n}f}" for n in (0, 1, 2, 3, 6, 10, 17, 18, 19, 20, 25)))
for i in range(40):
    x = i / 8 - 2.5
    print(f"{x:.0f} {x:.1f} {x:.2f}", "%.3f" % (x / 3), "%8.2f" % x, f"{x:+.1%}", round(x, 1))
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.05:.1f}", f"{0.15:.1f}", f"{0.25:.1f}", f"{0.35:.1f}")
print(round(2.675, 2), round(0.125, 2), round(1e-300, 5), round(123.456, -1), round(5e-324, 19))
