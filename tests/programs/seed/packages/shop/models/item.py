print("init shop.models.item")
from ..util.money import fmt
from .. import VERSION


class Item:
    def __init__(self, name, cents):
        self.name = name
        self.cents = cents

    def __repr__(self):
        return f"Item({self.name!r}, {fmt(self.cents)}, v{VERSION})"
