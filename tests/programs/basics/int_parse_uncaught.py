# Parsing numbers from text; the bad token is not caught
tokens = "12 7 -3 40 0x1F abc".split()
total = 0
for tok in tokens:
    if tok.startswith("0x"):
        value = int(tok, 16)
    else:
        value = int(tok)
    total += value
    print(tok, "->", value, "running total", total)
print("done", total)
