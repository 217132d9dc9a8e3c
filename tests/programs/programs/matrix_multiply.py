# Matrix class with multiplication, transpose, determinant and inverse (fractions by hand)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        return self + o * Frac(-1)

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        out = []
        for i in range(self.n):
            row = []
            for j in range(other.m):
                acc = Frac(0)
                for k in range(self.m):
                    acc = acc + self.rows[i][k] * other.rows[k][j]
                row.append(acc)
            out.append(row)
        return Matrix(out)

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        total = Frac(0)
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            term = self.rows[0][j] * minor.det()
            total = total + term if j % 2 == 0 else total - term
        return total

    def inverse(self):
        n = self.n
        aug = [r[:] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next(r for r in range(c, n) if not aug[r][c] == 0)
            aug[c], aug[p] = aug[p], aug[c]
            piv = aug[c][c]
            aug[c] = [x / piv for x in aug[c]]
            for r in range(n):
                if r != c:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a @ b)
sq = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det =", sq.det())
inv = sq.inverse()
print(inv)
print(sq @ inv)
try:
    a @ a
except ValueError as e:
    print(type(e).__name__, e)
