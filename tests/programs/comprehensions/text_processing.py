# Text processing with comprehensions
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
lines = text.splitlines()
print([len(l) for l in lines])
words = [w.strip(",").lower() for l in lines for w in l.split()]
print(len(words), len(set(words)))
freq = {w: words.count(w) for w in sorted(set(words))}
print({w: c for w, c in freq.items() if c > 2})
print(sorted(freq, key=lambda w: (-freq[w], w))[:5])
print([w for w in sorted(set(words)) if len(w) > 7])
initials = "".join(w[0] for w in words[:12])
print(initials)
print({n: sorted({w for w in words if len(w) == n}) for n in range(2, 6)})
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
caps = " ".join(w.capitalize() for w in lines[0].split())
print(caps)
vowel_counts = [sum(1 for c in w if c in "aeiou") for w in words[:8]]
print(vowel_counts)
