# Indexing strings by code point, including non-ASCII text
s = "héllo wörld ✓ 日本語 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[14:17])
for i, ch in enumerate("añ€😀"):
    print(i, ch, ord(ch), hex(ord(ch)), len(ch.encode("utf-8")))
print(len("😀"), len("😀".encode("utf-8")), len("e\u0301"), "e\u0301")
print(s.upper(), s.title())
print(s.find("ö"), s.index("日"), s.count("l"), "ö" in s)
print(list("naïve"), "".join(reversed("naïve")))
print(s[::-1])
greek = "αβγδε"
print(greek[1:4], greek.upper(), greek[::2], greek * 2)
print(sorted("βαδγ"), max("日本語"), min("日本語"))
print("Straße".upper(), "Straße".lower(), "ǅ".lower(), "ǅ".upper(), "ﬁ".upper())
print("İ".lower(), len("İ".lower()))
try:
    print(s[100])
except IndexError as e:
    print(type(e).__name__, e)
word = "Ünïcödé"
print([c for c in word if ord(c) > 127])
print(word.encode("utf-8"))
print(word.encode("utf-8").decode("utf-8") == word)
