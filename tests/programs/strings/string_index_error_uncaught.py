# Walking a string with manual indices; the final access is out of range
word = "index"
i = 0
while i < len(word):
    print(i, word[i], word[-1 - i])
    i += 1
print(word[len(word) - 1])
pairs = [(word[j], word[j + 1]) for j in range(len(word) - 1)]
print(pairs)
print("reading past the end")
print(word[i])
