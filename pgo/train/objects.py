# PGO training: classes, inheritance, properties, special methods, method
# calls and attribute updates (an account ledger simulation).


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"


class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = Money(balance)
        self.history = []
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance = self._balance + Money(amount)
        self.history.append(("in", amount))

    def withdraw(self, amount):
        if Money(amount) < self._balance or Money(amount) == self._balance:
            self._balance = self._balance - Money(amount)
            self.history.append(("out", amount))
            return True
        return False


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 1000)
        self.rate = rate

    def add_interest(self):
        self.deposit(self._balance.cents * self.rate // 1000)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, name, savings=False):
        acct = Savings(name, 15) if savings else Account(name)
        self.accounts[name] = acct
        return acct

    def transfer(self, a, b, amount):
        src, dst = self.accounts[a], self.accounts[b]
        if src.withdraw(amount):
            dst.deposit(amount)
            return True
        return False


def simulate(rounds):
    bank = Bank()
    names = [f"client{i}" for i in range(40)]
    for i, n in enumerate(names):
        bank.open(n, savings=i % 3 == 0).deposit(500 + i * 7)
    seed = 12345
    ok = failed = 0
    for r in range(rounds):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        a = names[seed % 40]
        b = names[(seed >> 8) % 40]
        if bank.transfer(a, b, seed % 700):
            ok += 1
        else:
            failed += 1
        if r % 5000 == 0:
            for acct in bank.accounts.values():
                if isinstance(acct, Savings):
                    acct.add_interest()
    total = sum(a.balance.cents for a in bank.accounts.values())
    richest = max(bank.accounts.values(), key=lambda a: a.balance)
    return ok, failed, total, richest.owner, len({a.balance for a in bank.accounts.values()})


print(simulate(120000))
print(Account.count)
