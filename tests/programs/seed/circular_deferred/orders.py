TAX = 0.2


class Order:
    def __init__(self, total):
        self.total = total

    def customer(self) -> "customers.Customer":
        # Imported here: by the time this runs, both modules are complete.
        from customers import Customer
        return Customer("anon", [self])


def total_with_tax(order: "Order") -> float:
    return round(order.total * (1 + TAX), 2)


def orders_for(names: list[str]):
    return [Order(len(n) * 10) for n in names]
