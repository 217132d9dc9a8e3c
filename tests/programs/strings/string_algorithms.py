# String algorithms: palindromes, anagrams, run-length, vowels
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def anagram_key(w):
    return "".join(sorted(w.lower()))


def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def word_lengths(text):
    return {w: len(w) for w in text.split()}


def longest_unique_substring(s):
    seen = {}
    start = best = 0
    best_s = ""
    for i, ch in enumerate(s):
        if ch in seen and seen[ch] >= start:
            start = seen[ch] + 1
        seen[ch] = i
        if i - start + 1 > best:
            best = i - start + 1
            best_s = s[start:i + 1]
    return best_s


for p in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(p), is_palindrome(p))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault(anagram_key(w), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print(longest_common_prefix(["flower", "flow", "flight"]), repr(longest_common_prefix(["dog", "car"])))
print(word_lengths("the quick brown fox"))
for s in ["abcabcbb", "bbbbb", "pwwkew", "dvdf"]:
    print(s, longest_unique_substring(s))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
