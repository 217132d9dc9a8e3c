# Conway's Game of Life on a small toroidal grid
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


def step(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


def bounding_box(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)


glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 10
cells = glider
for gen in range(5):
    print(f"generation {gen} ({len(cells)} alive)")
    print(render(cells, rows, cols))
    cells = step(cells, rows, cols)
blinker = parse("###")
b1 = step({(r + 2, c + 2) for r, c in blinker}, 6, 6)
b2 = step(b1, 6, 6)
print("blinker period 2:", b2 == {(r + 2, c + 2) for r, c in blinker}, sorted(b1))
rpent = {(r + 10, c + 10) for r, c in parse(".##\n##.\n.#.")}
history = []
cells = rpent
for gen in range(60):
    history.append(len(cells))
    cells = step(cells, 40, 40)
print("r-pentomino population:", history[::6])
print("final bounding box:", bounding_box(cells))
seen = {}
cells = parse("##\n##")
for gen in range(3):
    key = frozenset(cells)
    if key in seen:
        print("still life detected at generation", gen, "first seen", seen[key])
        break
    seen[key] = gen
    cells = step(cells, 5, 5)
