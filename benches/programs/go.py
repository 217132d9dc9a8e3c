# Go-like board search: random playouts on a 9x9 board with captures,
# suicide and simple-ko checks and area scoring, then a one-ply search
# that picks the first move with the best playout score. Exercises flood
# fill over a flat list board, sets, small helper objects and a hand-written
# random number generator.

SIZE = 9
WIDTH = SIZE + 2
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


def neighbour_table():
    table = []
    for p in range(WIDTH * WIDTH):
        table.append((p - 1, p + 1, p - WIDTH, p + WIDTH))
    return table


NEIGHBOURS = neighbour_table()
POINTS = [r * WIDTH + c for r in range(1, SIZE + 1) for c in range(1, SIZE + 1)]


class Board:
    def __init__(self):
        self.cells = [EDGE] * (WIDTH * WIDTH)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.ko = -1
        self.captures = [0, 0, 0]

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko = self.ko
        b.captures = self.captures[:]
        return b

    def group(self, p):
        """The stones connected to p and their liberties."""
        cells = self.cells
        colour = cells[p]
        stones = {p}
        liberties = set()
        todo = [p]
        while todo:
            q = todo.pop()
            for n in NEIGHBOURS[q]:
                c = cells[n]
                if c == colour:
                    if n not in stones:
                        stones.add(n)
                        todo.append(n)
                elif c == EMPTY:
                    liberties.add(n)
        return stones, liberties

    def is_eye(self, p, colour):
        cells = self.cells
        for n in NEIGHBOURS[p]:
            c = cells[n]
            if c != colour and c != EDGE:
                return False
        return True

    def play(self, p, colour):
        """Play colour at p; False (board unchanged) if the move is illegal."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        cells[p] = colour
        captured = []
        for n in NEIGHBOURS[p]:
            if cells[n] == other:
                stones, liberties = self.group(n)
                if not liberties:
                    captured.extend(stones)
                    for s in stones:
                        cells[s] = EMPTY
        stones, liberties = self.group(p)
        if not liberties:
            cells[p] = EMPTY
            for s in captured:
                cells[s] = other
            return False
        self.captures[colour] += len(captured)
        if len(captured) == 1 and len(stones) == 1 and len(liberties) == 1:
            self.ko = captured[0]
        else:
            self.ko = -1
        return True

    def score(self):
        """Area score: stones plus empty regions bordered by one colour."""
        cells = self.cells
        totals = [0, 0, 0]
        seen = set()
        for p in POINTS:
            c = cells[p]
            if c != EMPTY:
                totals[c] += 1
            elif p not in seen:
                region = [p]
                seen.add(p)
                borders = set()
                i = 0
                while i < len(region):
                    q = region[i]
                    i += 1
                    for n in NEIGHBOURS[q]:
                        cn = cells[n]
                        if cn == EMPTY:
                            if n not in seen:
                                seen.add(n)
                                region.append(n)
                        elif cn != EDGE:
                            borders.add(cn)
                if len(borders) == 1:
                    totals[borders.pop()] += len(region)
        return totals[BLACK] - totals[WHITE]


def random_move(board, colour, rng):
    empties = [p for p in POINTS if board.cells[p] == EMPTY and not board.is_eye(p, colour)]
    while empties:
        i = rng.below(len(empties))
        p = empties[i]
        if board.play(p, colour):
            return p
        empties[i] = empties[-1]
        empties.pop()
    return -1


def playout(board, colour, rng):
    passes = 0
    moves = 0
    while passes < 2 and moves < 200:
        if random_move(board, colour, rng) < 0:
            passes += 1
        else:
            passes = 0
        colour = 3 - colour
        moves += 1
    return board.score(), moves


def best_first_move(rng, trials):
    best = None
    best_score = -1000
    for p in POINTS[::4]:
        total = 0
        for _ in range(trials):
            board = Board()
            board.play(p, BLACK)
            score, _ = playout(board, WHITE, rng)
            total += score
        if total > best_score:
            best_score = total
            best = p
    return best, best_score


def main():
    rng = Rng(42)
    scores = []
    move_count = 0
    captures = 0
    for _ in range(60):
        board = Board()
        score, moves = playout(board, BLACK, rng)
        scores.append(score)
        move_count += moves
        captures += board.captures[BLACK] + board.captures[WHITE]
    print("playouts", sum(scores), max(scores), min(scores), move_count, captures)
    p, s = best_first_move(rng, 5)
    print("best first move", divmod(p, WIDTH), s)


main()
