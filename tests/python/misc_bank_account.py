class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a, b = Account("ann", 100), Account("ben")
transfer(a, b, 30)
for op in [lambda: transfer(b, a, 50), lambda: a.deposit(-5)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a, b, a.history, b.history)
