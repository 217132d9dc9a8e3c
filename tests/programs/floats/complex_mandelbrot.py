# ASCII Mandelbrot using complex arithmetic
def escape(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = " .:-=+*#%@"
for row in range(12):
    y = 1.2 - row * 0.2
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.07
        n = escape(complex(x, y))
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    print(line.rstrip())
inside = sum(1 for r in range(20) for c in range(20) if escape(complex(-2 + c * 0.13, -1.3 + r * 0.13)) == 30)
print("points inside:", inside)
