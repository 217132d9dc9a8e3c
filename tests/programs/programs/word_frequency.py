# Word frequency counter over an embedded text
TEXT = """
It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the
feelings or views of such a man may be on his first entering a
neighbourhood, this truth is so well fixed in the minds of the
surrounding families, that he is considered the rightful property of
some one or other of their daughters. "My dear Mr. Bennet," said his lady
to him one day, "have you heard that Netherfield Park is let at last?"
Mr. Bennet replied that he had not.
"""
STOP_WORDS = {"a", "the", "of", "in", "is", "that", "be", "or", "to", "on", "at", "he", "his", "so"}


def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


words = tokenize(TEXT)
print("total words:", len(words))
print("distinct words:", len(set(words)))
freq = count(words)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print("top 10:")
for word, n in top:
    print(f"  {word:<12}{n:>3} {'#' * n}")
content = count(w for w in words if w not in STOP_WORDS)
top_content = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top content words:", top_content)
lengths = count(len(w) for w in words)
print("length histogram:")
for length in sorted(lengths):
    print(f"  {length:2d} {lengths[length]:3d}")
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest)
sentences = [s.strip() for s in TEXT.replace("?", ".").replace("\n", " ").split(".") if s.strip()]
print("sentences:", len(sentences))
print("avg words per sentence:", round(len(words) / len(sentences), 2))
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], []).append(w)
print("words starting with 'm':", by_letter.get("m"))
