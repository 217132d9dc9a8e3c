# Huffman compression: build a tree from frequencies, encode and decode text
class Leaf:
    def __init__(self, ch, weight):
        self.ch, self.weight = ch, weight


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    order = 0
    nodes = []
    for ch in sorted(freq):
        nodes.append((freq[ch], order, Leaf(ch, freq[ch])))
        order += 1
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (w1, _, a), (w2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(w1 + w2, order, Branch(a, b))]
        order += 1
    return nodes[0][2], freq


def make_codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        make_codes(node.left, prefix + "0", table)
        make_codes(node.right, prefix + "1", table)
    return table


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, tree):
    out = []
    node = tree
    if isinstance(tree, Leaf):
        return tree.ch * len(bits)
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build_tree(text)
    codes = make_codes(tree)
    bits = encode(text, codes)
    print(repr(text))
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"   {ch!r} x{freq[ch]:<2} {codes[ch]}")
    print(f"   bits {len(bits)} vs {8 * len(text)} ({len(bits) / (8 * len(text)):.1%}), round trip: {decode(bits, tree) == text}")
    weighted = sum(freq[c] * len(codes[c]) for c in freq)
    print("   weighted path length", weighted, "== bits:", weighted == len(bits))
packed = int(encode("abracadabra", make_codes(build_tree("abracadabra")[0])), 2)
print("packed as int:", packed, hex(packed))
