# N-queens: count all solutions by backtracking with bit masks (recursion,
# bitwise ops) and also by an explicit list/set based search for small n.


def count_bits(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return place(0, 0, 0)


def solve_lists(n):
    solutions = []
    cols = []
    used = set()
    diag1 = set()
    diag2 = set()

    def go(row):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if c in used or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.append(c)
            used.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            go(row + 1)
            cols.pop()
            used.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    go(0)
    return solutions


def main():
    counts = [count_bits(n) for n in range(4, 13)]
    print("bitmask counts", counts)
    check = 0
    for n in range(4, 13):
        sols = solve_lists(n)
        if len(sols) != counts[n - 4]:
            print("disagreement at", n)
        for s in sols:
            for r, c in enumerate(s):
                check = (check * 7 + r * c + 1) % 1000003
        print(n, "queens", len(sols), sols[0], sols[-1])
    print("checksum", check)


main()
