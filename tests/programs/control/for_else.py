# for loops with else clauses
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


search([4, 8, 15], 8)
search([4, 8, 15], 16)
search([], 1)
primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    if ch == "z":
        break
    continue
else:
    print("no z; continue does not skip else")
for x in []:
    print("never")
else:
    print("empty loop runs else")
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    for v in row:
        if v == 4:
            print("found 4 in", row)
            break
    else:
        continue
    break
else:
    print("4 not found")
