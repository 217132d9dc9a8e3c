# Library lending system: members, books, loans, fines and reports
class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.on_loan = 0

    @property
    def available(self):
        return self.copies - self.on_loan


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0


class Library:
    FINE_PER_DAY = 25

    def __init__(self):
        self.books, self.members, self.day = {}, {}, 0

    def add_book(self, *args, **kwargs):
        b = Book(*args, **kwargs)
        self.books[b.isbn] = b

    def join(self, name):
        self.members[name] = Member(name)

    def lend(self, name, isbn, days=14):
        m, b = self.members[name], self.books[isbn]
        if m.fines:
            raise LibraryError(f"{name} owes {m.fines / 100:.2f}")
        if len(m.loans) >= m.LIMIT:
            raise LibraryError(f"{name} reached the limit of {m.LIMIT} loans")
        if isbn in m.loans:
            raise LibraryError(f"{name} already has {b.title!r}")
        if b.available == 0:
            raise LibraryError(f"no copies of {b.title!r} available")
        b.on_loan += 1
        m.loans[isbn] = self.day + days

    def give_back(self, name, isbn):
        m = self.members[name]
        due = m.loans.pop(isbn)
        self.books[isbn].on_loan -= 1
        late = max(0, self.day - due)
        m.fines += late * self.FINE_PER_DAY
        return late

    def advance(self, days):
        self.day += days


lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
for name in ["ann", "bob", "cy"]:
    lib.join(name)
actions = [("lend", "ann", "111"), ("lend", "bob", "111"), ("lend", "cy", "111"), ("lend", "ann", "222"),
           ("lend", "ann", "333"), ("advance", 10), ("return", "bob", "111"), ("lend", "cy", "111"),
           ("advance", 10), ("return", "ann", "111"), ("return", "ann", "222"), ("lend", "ann", "333"),
           ("lend", "zed", "333"), ("return", "cy", "222")]
for act in actions:
    try:
        if act[0] == "lend":
            lib.lend(act[1], act[2])
            print(f"day {lib.day:2d}: {act[1]} borrows {lib.books[act[2]].title}")
        elif act[0] == "return":
            late = lib.give_back(act[1], act[2])
            print(f"day {lib.day:2d}: {act[1]} returns {lib.books[act[2]].title}" + (f" ({late} days late)" if late else ""))
        else:
            lib.advance(act[1])
    except LibraryError as e:
        print(f"day {lib.day:2d}: refused: {e}")
    except KeyError as e:
        print(f"day {lib.day:2d}: unknown {e}")
for b in lib.books.values():
    print(f"{b.title:<8} {b.available}/{b.copies} available")
for m in lib.members.values():
    print(f"{m.name:<4} loans={sorted(m.loans)} fines={m.fines / 100:.2f}")
