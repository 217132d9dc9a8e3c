# Using lists as stacks and queues
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token.ljust(2), stack)
print("result", stack[-1])


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in text:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for t in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))
queue = ["a", "b", "c"]
served = []
while queue:
    person = queue.pop(0)
    served.append(person)
    if person == "a":
        queue.append("d")
print(served)
ring = [1, 2, 3, 4, 5, 6, 7]
idx = 0
removed = []
while len(ring) > 1:
    idx = (idx + 2) % len(ring)
    removed.append(ring.pop(idx))
print("josephus order", removed, "survivor", ring[0])
