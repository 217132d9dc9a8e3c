# Bank account simulation with transactions, interest and error handling
class InsufficientFunds(Exception):
    pass


class Account:
    next_id = 1000

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = [("open", balance)]

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, balance={self.balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.balance = round(self.balance + interest, 2)
        self.history.append(("interest", interest))
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.id] = account
        return account

    def transfer(self, src_id, dst_id, amount):
        src, dst = self.accounts[src_id], self.accounts[dst_id]
        src.withdraw(amount)
        dst.deposit(amount)
        return f"moved {amount} from {src.owner} to {dst.owner}"

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)


bank = Bank()
alice = bank.open(Account("alice", 500))
bob = bank.open(SavingsAccount("bob", 1000, rate=0.05))
carol = bank.open(Account("carol"))
print(alice, bob, carol, sep="\n")
print(bank.transfer(alice.id, carol.id, 200))
print(bank.transfer(bob.id, alice.id, 150))
operations = [
    lambda: bank.transfer(carol.id, bob.id, 500),
    lambda: alice.deposit(-5),
    lambda: bank.transfer(alice.id, 9999, 1),
    lambda: carol.deposit(50),
]
for op in operations:
    try:
        result = op()
        print("ok", result)
    except InsufficientFunds as e:
        print("declined:", e)
    except ValueError as e:
        print("invalid:", e)
    except KeyError as e:
        print("no such account:", e)
for year in range(1, 4):
    print(f"year {year}: interest {bob.add_interest()}, balance {bob.balance}")
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
print("bank total", bank.total())
