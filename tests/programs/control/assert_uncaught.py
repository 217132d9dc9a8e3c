# An invariant check that fails and is not caught
def transfer(accounts, src, dst, amount):
    accounts[src] -= amount
    accounts[dst] += amount
    assert accounts[src] >= 0, f"overdraft on {src}: {accounts[src]}"


accounts = {"alice": 100, "bob": 50}
transfer(accounts, "alice", "bob", 30)
print(accounts)
transfer(accounts, "bob", "alice", 80)
print(accounts)
transfer(accounts, "alice", "bob", 500)
print("unreachable", accounts)
