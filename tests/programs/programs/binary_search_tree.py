# Binary search tree with insert, delete, traversals and balance checks
class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                self.size += 1
                return True
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
            return node

        self.root = _delete(self.root, key)
        self.size -= 1

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.inorder(node.left) + [node.key] + self.inorder(node.right)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


tree = BST()
keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]
print([tree.insert(k) for k in keys])
print("size", tree.size, "height", tree.height())
print("inorder ", tree.inorder())
print("levels  ", tree.levels())
print(40 in tree, 99 in tree)
for k in [20, 30, 50, 99]:
    try:
        tree.delete(k)
        print("deleted", k, "->", tree.inorder(), "root", tree.root.key)
    except KeyError as e:
        print("missing key", e)
print("levels  ", tree.levels(), "size", tree.size)
skewed = BST()
for k in range(1, 11):
    skewed.insert(k)
print("skewed height", skewed.height(), "levels", len(skewed.levels()))
