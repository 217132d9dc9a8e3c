# N-Queens: count and display solutions using backtracking with bitmasks
def solve_all(n):
    solutions = []
    cols = [0] * n

    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if used_cols >> c & 1 or diag1 >> (row + c) & 1 or diag2 >> (row - c + n) & 1:
                continue
            cols[row] = c
            place(row + 1, used_cols | 1 << c, diag1 | 1 << (row + c), diag2 | 1 << (row - c + n))

    place(0, 0, 0, 0)
    return solutions


def count_fast(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, (d1 | bit) << 1 & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def board(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    variants = []
    s = sol
    for _ in range(4):
        rotated = [0] * n
        for r, c in enumerate(s):
            rotated[c] = n - 1 - r
        s = rotated
        variants.append(tuple(s))
        variants.append(tuple(reversed(s)))
    return min(variants)


for n in range(1, 9):
    sols = solve_all(n)
    unique = {canonical(s) for s in sols}
    print(f"n={n}: {len(sols):3d} solutions, {len(unique):2d} unique, fast count {count_fast(n)}")
eight = solve_all(8)
print("first 8-queens solution:", eight[0])
print(board(eight[0]))
print("last:", eight[-1])
print("n=10 fast count:", count_fast(10))
