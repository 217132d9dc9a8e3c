# `s in some_set` for strs: interned and one-character strs are found by
# identity, equal strs built at run time by comparison, str subclasses
# with their own __eq__/__hash__ through the protocol.


class Loose(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))


vowels = set("aeiou")
names = {"alpha", "beta", "gamma"}
built = "".join(["al", "pha"])
print(sum(1 for c in "education" if c in vowels))
print(built in names, "delta" in names)
print(hash("beta") == hash("be" + "ta"), ("be" + "ta") in names)
print(Loose("ALPHA") in names, Loose("alpha") in names)
mixed = {Loose("Key"), "other"}
print("key" in mixed, "KEY" in mixed, "Key" in mixed, "other" in mixed)
frozen = frozenset(["x", "y"])
print("x" in frozen, "z" in frozen, ("x" + "") in frozen)
big = {str(i) for i in range(1000)}
print(sum(1 for i in range(2000) if str(i) in big))
big.discard("5")
print("5" in big, "6" in big)
