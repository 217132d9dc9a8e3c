# A buffer processor that steps past the end of its list
buffer = [10, 20, 30, 40, 50]
window = 2
for start in range(0, len(buffer), window):
    chunk = buffer[start:start + window]
    print("chunk", start, chunk, sum(chunk))
pairs = []
i = 0
while i < len(buffer):
    pairs.append((buffer[i], buffer[i + 1]))
    print("pair", pairs[-1])
    i += 2
print("done", pairs)
