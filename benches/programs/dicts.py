# Dict and set heavy work: word counting, dict comprehension, get/setdefault,
# items() iteration, string and tuple keys, set algebra, deletion.


def make_words(n):
    syll = ["ka", "lo", "mi", "ru", "te", "so", "na", "vi", "pe", "zu"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syll[x % 10] + syll[(x >> 8) % 10]
        if x & 4096:
            w += syll[(x >> 16) % 10]
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return {k: len(v) for k, v in groups.items()}


def pair_table(n):
    table = {}
    for i in range(n):
        for j in range(i % 7, 40, 7):
            table[(i, j)] = i * j
    total = 0
    for i in range(0, n, 3):
        for j in range(40):
            if (i, j) in table:
                total += table[(i, j)]
    for key in list(table):
        if (key[0] + key[1]) % 5 == 0:
            del table[key]
    return total, len(table)


def set_work(n):
    a = set()
    b = set()
    for i in range(n):
        a.add(i * i % 50021)
        b.add((i * 7 + 3) % 40009)
    inter = a & b
    uni = a | b
    diff = a - b
    sym = a ^ b
    hits = 0
    for i in range(n):
        if i in inter:
            hits += 1
        if (i + 7) * 2 in uni:
            hits += 2
    return len(inter), len(uni), len(diff), len(sym), hits


def invert(counts):
    inv = {}
    for k, v in counts.items():
        if v in inv:
            inv[v].append(k)
        else:
            inv[v] = [k]
    best = max(inv)
    return best, sorted(inv[best])[:3], len(inv)


def main():
    words = make_words(1000000)
    counts = count_words(words)
    groups = group_by_first(words)
    print("distinct words", len(counts))
    print("groups", len(groups), groups["ka"], groups["zu"])
    print("invert", invert(counts))
    print("pairs", pair_table(80000))
    print("sets", set_work(600000))
    checksum = 0
    for k in sorted(counts):
        checksum = (checksum * 31 + counts[k] * len(k)) % 1000000007
    print("checksum", checksum)


main()
