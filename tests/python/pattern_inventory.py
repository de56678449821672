class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self): return self.price * self.qty
    def __repr__(self): return f"{self.name}x{self.qty}"
class Inventory:
    def __init__(self): self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
    def value(self): return round(sum(i.total for i in self.items.values()), 2)
inv = Inventory().add(Item("apple", 0.5, 10)).add(Item("pear", 0.75, 4)).add(Item("apple", 0.5, 5))
print(inv.items, inv.value())
inv.remove("pear", 4)
try:
    inv.remove("apple", 100)
except ValueError as e:
    print("ValueError:", e)
print(inv.items, inv.value())
