# A typed repository using Generic, TypeVar, Protocol, Optional and Callable.
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, Generic, Iterator, List,
                    Optional, Protocol, TypeVar, Union, cast, final, runtime_checkable)

if TYPE_CHECKING:
    from collections.abc import Sequence

T = TypeVar("T")
K = TypeVar("K")


@runtime_checkable
class HasId(Protocol):
    id: int

    def describe(self) -> str: ...


class User:
    kind: ClassVar[str] = "user"

    def __init__(self, id: int, name: str) -> None:
        self.id = id
        self.name = name

    def describe(self) -> str:
        return f"User#{self.id}({self.name})"


class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}

    def add(self, item: T) -> None:
        self._items[cast(HasId, item).id] = item

    def get(self, key: int) -> Optional[T]:
        return self._items.get(key)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [v for v in self._items.values() if pred(v)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())


@final
def summarize(values: List[Union[int, float]]) -> Dict[str, Any]:
    return {"n": len(values), "total": sum(values)}


repo: Repo[User] = Repo()
for i, name in enumerate(["ann", "bob", "cy"], 1):
    repo.add(User(i, name))
print(repo.get(2).describe(), repo.get(9))
print([u.name for u in repo.find(lambda u: u.id % 2 == 1)])
print([isinstance(u, HasId) for u in repo], isinstance("x", HasId))
print(summarize([1, 2.5, 3]), User.kind, TYPE_CHECKING)
print(Repo[int], Repo.__parameters__, type(repo).__name__)
print(repo.add.__annotations__, summarize.__annotations__["return"])
print(Optional[Repo[int]], Callable[[T], K], Dict[K, List[T]][str, int])
