print("init shop.models.cart")
from .item import Item
from ..util import money as m


class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, cents):
        self.items.append(Item(name, cents))
        return self

    def total(self):
        return m.fmt(sum(i.cents for i in self.items))
