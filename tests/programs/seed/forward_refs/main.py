# String forward references stay strings in __annotations__.
def process_file(tasks: "BackgroundTasks", name: str, retries: int = 3) -> "Result":
    tasks.add(str.upper, name)
    return None


class Node:
    parent: "Node"
    count: int = 0

    def link(self, other: "Node") -> "Node":
        other.parent = self
        return other


print(process_file.__annotations__)
print(Node.__annotations__)
print(Node.link.__annotations__)
print(type(process_file.__annotations__["tasks"]))

from tasks import BackgroundTasks

t = BackgroundTasks()
process_file(t, "report.csv")
process_file(t, "data.json")
print(t.run())
print(BackgroundTasks.run.__annotations__)
hints = {k: (v if isinstance(v, str) else v.__name__) for k, v in process_file.__annotations__.items()}
print(hints)
resolved = {"BackgroundTasks": BackgroundTasks}[process_file.__annotations__["tasks"]]
print(resolved is BackgroundTasks)
n = Node().link(Node())
print(type(n.parent).__name__)
