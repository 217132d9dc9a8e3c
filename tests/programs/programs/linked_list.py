# A singly linked list class with iteration, indexing, reversal and sorting
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.length = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.length += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.length += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.length -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in linked list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return " -> ".join(map(repr, self)) + " -> None" if self.head else "None"


lst = LinkedList([3, 1, 4, 1, 5])
print(lst, len(lst))
lst.append(9)
lst.push_front(2)
print(lst, lst[0], lst[-1], lst[3])
lst.remove(1)
print(lst, len(lst))
lst.reverse()
print(lst)
for bad in [lambda: lst.remove(42), lambda: lst[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for values in ([], [1], [1, 2], list(range(5))):
    ll = LinkedList(values)
    ll.reverse()
    print(values, "reversed ->", ll, list(ll) == values[::-1])
print(LinkedList(), LinkedList(["a"]), sum(LinkedList(range(101))))
