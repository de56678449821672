# Uncaught TypeError for an unexpected keyword argument in a method call.
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account("ann")
print(acct.deposit(10))
print(acct.deposit(amount=5))
print(acct.deposit(amt=1))
