# typing names at run time: reprs of subscriptions, NamedTuple, TypedDict, Protocol, errors.
from typing import *
import typing
class M(TypedDict):
    name: str
    year: int
m = M(name='x', year=1); print(type(m), m, sorted(M.__required_keys__), M.__total__)
try: isinstance(m, M)
except TypeError as e: print(e)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Literal['a', 1], ClassVar[int], Any, Type[int], Iterable[str], Optional[List['Foo']])
T = TypeVar('T'); K = TypeVar('K', bound=int); print(T, repr(T), T.__name__, List[T], Dict[str, T])
class Stack(Generic[T]):
    def __init__(self): self.items = []
print(Stack[int], Stack.__parameters__, Stack[int]().items, Generic[T])
try: List()
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), get_origin(List[int]), get_args(Dict[str,int]), get_origin(Union[int,str]), get_args(Optional[int]))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__name__)
print(Union[int], Union[int, int], Optional[Union[int,str]], int | None, List[int] == List[int], hash(List[int]) == hash(List[int]))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return self.x + self.y
print(P(1), P(1, 2).norm(), P._fields, P.__annotations__, P._field_defaults)
Q = NamedTuple('Q', [('a', int), ('b', str)]); print(Q(1, 'x'))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class NP(Protocol):
    def x(self): ...
try: isinstance(F(), NP)
except TypeError as e: print(e)
try: NP()
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3), cast(int, '3'), TYPE_CHECKING, typing.Text, AnyStr, Sequence[int], Mapping[str, Any])
try: Any()
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: Union()
except TypeError as e: print(e)
print(get_type_hints(P), Final[int], Annotated[int, 'meta'], NoReturn, Set[int], FrozenSet[str], DefaultDict[str, int], Deque[int], Counter[str], Iterator[int], Generator[int, None, None], Type, Callable)
