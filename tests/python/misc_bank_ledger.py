# A small ledger with accounts, transfers, custom exceptions and a report.
class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__("%s needs %d more" % (account.owner, needed))
        self.account, self.needed = account, needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self): return "Account(#%d %s: %d)" % (self.id, self.owner, self.balance)
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[owner] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
    def total(self): return sum(a.balance for a in self.accounts.values())
    def report(self):
        lines = ["%-6s %8s %s" % ("owner", "balance", "ops")]
        for name in sorted(self.accounts):
            a = self.accounts[name]
            lines.append("%-6s %8d %s" % (name, a.balance, ",".join("%s%d" % h for h in a.history)))
        return "\n".join(lines)
bank = Bank()
bank.open("ann", 100); bank.open("bob", 50); bank.open("cy")
ops = [("ann", "bob", 30), ("bob", "cy", 100), ("cy", "ann", 0), ("bob", "cy", 80), ("zed", "ann", 1), ("ann", "cy", -5)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("refused:", e, "| needed", e.needed)
    except KeyError as e:
        print("no such account", e)
    except ValueError as e:
        print("invalid:", e)
print(bank.report())
print(bank.total(), sorted(bank.accounts.values(), key=lambda a: -a.balance))
