# repr of strings: quote choice, escapes and unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x01\x1f\x7f", "\r\x0b\x0c", "é ü ñ", "日本", "😀", "\u200b", "\xa0", "end",
           "\u0085", "\U0001F600\u00e9", "'", '"', "'\"", "", "\x80\x9f"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x'y"), repr(repr("a")), repr(str(repr("b"))))
print(["it's", 'x', "\n"], ("é",), {"k": "\t"})
print(r"raw \n string", len(r"\n"), r"\d+\.\d*", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print("\101\x42\u0043", "\x41" * 3, "\\" * 3, "a\
b")
print(eval(repr("tricky 'q' \"dq\" \\ \n")) == "tricky 'q' \"dq\" \\ \n")
