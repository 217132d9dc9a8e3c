# Nested comprehensions and multiple for clauses
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 5)] for x in range(1, 5)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row])
print([n for row in matrix for n in row if n % 2])
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print([[n * 2 for n in row] for row in matrix if sum(row) > 6])
print([sum(row) for row in matrix], [sum(col) for col in zip(*matrix)])
words = ["hi", "there", "you"]
print([c for w in words for c in w], [[c for c in w] for w in words])
print({w: {c for c in w} == set(w) for w in words})
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
board = [["." if (r + c) % 2 else "#" for c in range(6)] for r in range(4)]
print("\n".join("".join(row) for row in board))
deep = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(deep, [x for a in deep for b in a for x in b])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
