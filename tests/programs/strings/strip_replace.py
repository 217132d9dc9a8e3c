# strip family, replace, removeprefix/removesuffix, expandtabs, translate
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""))
print("www.example.com".strip("cmowz."), "   ".strip() == "")
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("aa", "c"))
print("hello".replace("", "-"), "hello".replace("l", ""), "abc".replace("x", "y"))
print("banana".replace("an", "AN", 1), "mississippi".replace("ss", "SS"))
print("test_file.py".removesuffix(".py"), "test_file.py".removeprefix("test_"), "abc".removeprefix("x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)))
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(table2))
table3 = str.maketrans("", "", "aeiou")
print("programming language".translate(table3))
print("ab".translate({97: "A", 98: 66}))
text = "The rain in Spain stays mainly in the plain"
print(text.replace("ain", "AIN").replace(" ", "_"))
cleaned = [w.strip(".,!?").lower() for w in "Hello, World! How are you?".split()]
print(cleaned)
