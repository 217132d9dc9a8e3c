# Comprehensions and generator expressions: list, dict and set
# comprehensions with conditions and nested loops, generator expressions
# consumed by sum/any/all/max/sorted/join, and comprehensions that capture
# variables of the enclosing function.


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def matrix_product(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def word_stats(words):
    lengths = {w: len(w) for w in words}
    by_initial = {}
    for w in words:
        by_initial.setdefault(w[0], []).append(w)
    initials = {w[0] for w in words}
    vowels = set("aeiou")
    vowel_counts = {w: sum(1 for c in w if c in vowels) for w in lengths}
    longest = max(lengths.values())
    return (len(lengths), len(initials), longest,
            sum(vowel_counts.values()),
            sorted((len(v), k) for k, v in by_initial.items())[-3:])


def make_words(count):
    letters = "abcdefghijklmnopqrstuvwxyz"
    state = 17
    words = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        size = 3 + state % 8
        words.append("".join(letters[(state >> (3 * k)) % 26] for k in range(size)))
    return words


def pythagorean(limit):
    return [(a, b, c) for a in range(1, limit) for b in range(a, limit)
            for c in [int((a * a + b * b) ** 0.5)] if c < limit and c * c == a * a + b * b]


def main():
    primes = primes_below(1000000)
    print("primes", len(primes), sum(primes) % 1000003, primes[-1])
    twin = sum(1 for p, q in zip(primes, primes[1:]) if q - p == 2)
    print("twins", twin)
    n = 36
    a = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 5 for j in range(n)] for i in range(n)]
    c = a
    for _ in range(20):
        c = matrix_product(c, b)
        c = [[v % 1009 for v in row] for row in c]
    print("matrix", sum(sum(row) for row in c), c[3][5])
    words = make_words(250000)
    print("words", word_stats(words))
    print("joined", len(" ".join(w.upper() for w in words if len(w) > 8)))
    triples = pythagorean(1500)
    print("triples", len(triples), triples[-1])
    squares = {i * i for i in range(300000)}
    print("squares", sum(1 for i in range(600000) if i in squares))
    inverse = {v: k for k, v in enumerate(words[:5000])}
    print("inverse", len(inverse), all(words[i] in inverse for i in range(5000)),
          any(len(w) > 10 for w in words))


main()
