# String compression: run-length encoding, LZ77-style encoding and a dictionary coder
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def lz_encode(s, window=16):
    i, out = 0, []
    while i < len(s):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            length = 0
            while i + length < len(s) and s[j + length] == s[i + length] and length < 15:
                length += 1
            if length > best_len:
                best_len, best_off = length, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(s[i])
            i += 1
    return out


def lz_decode(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)


def dict_encode(text):
    words = text.split(" ")
    table, codes = {}, []
    for w in words:
        if w not in table:
            table[w] = len(table)
        codes.append(table[w])
    return list(table), codes


samples = ["aaabbbcccd", "abcd", "wwwwwwwwwwwwbbbwwwwwwwwwwwwbwwww", "", "a", "zzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    print(f"{s!r:36} -> {enc!r:16} ok={rle_decode(enc) == s} ratio={len(enc) / len(s) if s else 0:.2f}")
text = "abracadabra abracadabra abracadabra!"
tokens = lz_encode(text)
print(tokens)
print(lz_decode(tokens) == text, len(text), len(tokens))
pattern = "ababababababababab"
print(lz_encode(pattern), lz_decode(lz_encode(pattern)) == pattern)
vocab, codes = dict_encode("the cat and the hat and the bat")
print(vocab, codes, " ".join(vocab[c] for c in codes))
