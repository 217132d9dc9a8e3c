# f-strings with format specs
name, n, x = "Ada", 42, 3.14159
print(f"{name}|{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name:.2}|{name!r:>8}")
print(f"{n}|{n:5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:+}|{n: }|{n:x}|{n:#o}|{n:b}|{n:c}")
print(f"{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:e}|{x:.0%}|{x:g}|{1234567:,}|{1234567:_}|{0.5:.1f}")
print(f"{-n:=6}|{n:=+6}|{-3.5:010.2f}|{n:,d}|{2 ** 40:,}|{255:#_b}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|{name:{'>'}{width}}|{n:{width}d}")
items = [("pen", 1.5, 10), ("notebook", 3.25, 2), ("bag", 24.0, 1)]
for item, price, qty in items:
    print(f"{item:<10}{qty:>3} x {price:>6.2f} = {price * qty:>7.2f}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<10}{'':>12}{total:>8.2f}")
print(f"{'left':<{width}}|{'right':>{width}}|{'mid':^{width}}|")
print(f"{True}|{True:d}|{None}|{[1, 2]}|{(1,)}|{ {'a': 1} }")
print(f"{3 + 4}|{n * 2}|{name.upper()}|{len(name)}|{x if n > 0 else 0:.1f}")
print(f"{'quote'}|{'it' + 's'}|{{literal}}|{{{n}}}")
print(f"""{n:>{width}}
multi {name}""")
print(f"{1e-7:f}|{1e21:f}|{123.456:.5g}|{0.000123:.2e}|{12:.2f}|{1/3:.10}")
