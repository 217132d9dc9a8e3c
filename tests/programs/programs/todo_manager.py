# A command-driven todo list manager
class TodoError(Exception):
    pass


class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1

    def add(self, title, priority="normal", tags=()):
        if priority not in ("low", "normal", "high"):
            raise TodoError(f"bad priority {priority!r}")
        item = {"id": self.next_id, "title": title, "priority": priority, "done": False, "tags": list(tags)}
        self.items.append(item)
        self.next_id += 1
        return item["id"]

    def find(self, item_id):
        for item in self.items:
            if item["id"] == item_id:
                return item
        raise TodoError(f"no item with id {item_id}")

    def complete(self, item_id):
        item = self.find(item_id)
        if item["done"]:
            raise TodoError(f"item {item_id} already done")
        item["done"] = True

    def remove(self, item_id):
        self.items.remove(self.find(item_id))

    def listing(self, show_done=True, tag=None):
        order = {"high": 0, "normal": 1, "low": 2}
        items = sorted(self.items, key=lambda i: (i["done"], order[i["priority"]], i["id"]))
        lines = []
        for i in items:
            if (not show_done and i["done"]) or (tag and tag not in i["tags"]):
                continue
            mark = "x" if i["done"] else " "
            tags = " ".join("#" + t for t in i["tags"])
            lines.append(f"[{mark}] {i['id']:>2} {i['priority']:<6} {i['title']} {tags}".rstrip())
        return lines


def run(commands):
    todo = TodoList()
    for line in commands:
        cmd, _, rest = line.partition(" ")
        try:
            if cmd == "add":
                words = rest.split()
                tags = [w[1:] for w in words if w.startswith("#")]
                prio = next((w[1:] for w in words if w.startswith("!")), "normal")
                title = " ".join(w for w in words if w[0] not in "#!")
                print("added", todo.add(title, prio, tags))
            elif cmd == "done":
                todo.complete(int(rest))
                print("completed", rest)
            elif cmd == "rm":
                todo.remove(int(rest))
                print("removed", rest)
            elif cmd == "ls":
                print("\n".join(todo.listing(tag=rest or None)) or "(nothing)")
            elif cmd == "pending":
                print("\n".join(todo.listing(show_done=False)))
            else:
                print("unknown command", repr(cmd))
        except TodoError as e:
            print("error:", e)
        except ValueError as e:
            print("bad number:", e)


run([
    "add buy milk #shopping",
    "add write report !high #work",
    "add call mom !low",
    "add fix bike #home !urgent",
    "add book flights #travel #work !high",
    "done 2",
    "done 2",
    "done 9",
    "ls",
    "ls work",
    "rm 1",
    "rm one",
    "pending",
    "archive",
])
