# Fannkuch-redux: for every permutation of 1..n (generated in a fixed order),
# count the prefix reversals needed until 1 is first. Exercises list
# indexing, slicing with reversal, swaps and tight integer loops.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation in the counting order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    for n in (6, 8, 9):
        checksum, flips = fannkuch(n)
        print(checksum)
        print("Pfannkuchen(%d) = %d" % (n, flips))
    # a second pass over n = 9 must agree with the first
    print("again", fannkuch(9) == (checksum, flips))


main()
