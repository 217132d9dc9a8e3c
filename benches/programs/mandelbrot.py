# Mandelbrot set: escape-time iteration on a grid of points with plain
# float arithmetic (no complex numbers), plus a row of ASCII art so the
# output shows the shape. Exercises tight float loops and comparisons.


def escape(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def render(width, height, limit, x0, y0, x1, y1):
    total = 0
    inside = 0
    rows = []
    dx = (x1 - x0) / width
    dy = (y1 - y0) / height
    for j in range(height):
        ci = y0 + j * dy
        line = []
        for i in range(width):
            n = escape(x0 + i * dx, ci, limit)
            total += n
            if n == limit:
                inside += 1
            line.append(" .:-=+*#%@"[n * 9 // limit])
        rows.append("".join(line))
    return total, inside, rows


def main():
    total, inside, rows = render(72, 36, 200, -2.2, -1.2, 0.8, 1.2)
    for row in rows[::3]:
        print(row.rstrip())
    print("whole set", total, inside)
    total, inside, _ = render(100, 100, 1000, -0.75, 0.05, -0.7, 0.1)
    print("seahorse valley", total, inside)


main()
