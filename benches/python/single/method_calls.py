# Method calls and attribute access: instance attribute reads and writes,
# bound method calls, inheritance with an overridden method and super(),
# a property, class attributes.
N = 1000000


class Account:
    fee = 1

    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.ops = 0

    def deposit(self, amount):
        self.balance += amount
        self.ops += 1
        return self.balance

    def withdraw(self, amount):
        if amount + self.fee > self.balance:
            return 0
        self.balance -= amount + self.fee
        self.ops += 1
        return amount

    def score(self):
        return self.balance % 97 + self.ops


class Savings(Account):
    fee = 2

    def __init__(self, ident, balance, rate):
        super().__init__(ident, balance)
        self.rate = rate

    def deposit(self, amount):
        return super().deposit(amount + amount // self.rate)

    @property
    def level(self):
        return self.balance // 1000


class Bank:
    def __init__(self, n):
        self.accounts = []
        for i in range(n):
            if i % 3 == 0:
                self.accounts.append(Savings(i, 500 + i, 10 + i % 5))
            else:
                self.accounts.append(Account(i, 500 + i))
        self.moves = 0

    def transfer(self, src, dst, amount):
        got = src.withdraw(amount)
        if got:
            dst.deposit(got)
            self.moves += 1


bank = Bank(64)
accounts = bank.accounts
seed = 12345
for step in range(N):
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = accounts[seed % 64]
    b = accounts[(seed >> 8) % 64]
    bank.transfer(a, b, (seed >> 16) % 300 + 1)
    if step % 7 == 0:
        a.deposit(3)

total = 0
levels = 0
for acc in accounts:
    total += acc.score()
    if isinstance(acc, Savings):
        levels += acc.level
print("moves", bank.moves)
print("score", total, "levels", levels)
print("balance", sum(acc.balance for acc in accounts))
