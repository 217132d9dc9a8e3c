# An uncaught user-defined exception terminates the program
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(price, self.amount)
        self.amount -= price
        return self.amount


w = Wallet(50)
for price in [10, 15, 20]:
    print("paid", price, "left", w.pay(price))
try:
    w.pay(100)
except InsufficientFunds as e:
    print("declined:", e, e.needed, e.available)
print("paying 30")
w.pay(30)
print("unreachable")
