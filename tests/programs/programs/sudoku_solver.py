# Sudoku solver using constraint propagation and backtracking
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[int(ch) if ch != "." else 0 for ch in line] for line in text.strip().splitlines()]


def candidates(grid, r, c):
    used = set(grid[r])
    used |= {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


stats = {"guesses": 0, "backtracks": 0}


def solve(grid):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid):
            return True
        stats["backtracks"] += 1
    grid[r][c] = 0
    return False


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(d or ".") for d in row[i:i + 3]) for i in (0, 3, 6)))


grid = parse(PUZZLE)
print("givens:", sum(1 for row in grid for d in row if d))
show(grid)
print()
print("solved:", solve(grid))
show(grid)
print("valid:", valid(grid), stats)
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradictory puzzle solvable:", solve(bad))
