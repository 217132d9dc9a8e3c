# A typo in an attribute name raises an uncaught AttributeError
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ann", 10)
print(acct.deposit(5))
print(acct.owner, acct.balance)
print(acct.history)
