import orders


class Customer:
    def __init__(self, name, order_list):
        self.name = name
        self.orders = order_list

    def spend(self):
        import orders as o
        return sum(o.total_with_tax(x) for x in self.orders)


def make(name, *totals):
    return Customer(name, [orders.Order(t) for t in totals])
