def make_stack():
    items = []
    class Stack:
        def push(self, x): items.append(x); return self
        def pop(self): return items.pop()
        def __len__(self): return len(items)
    return Stack()
s = make_stack().push(1).push(2)
print(len(s), s.pop(), len(s))
def counter_class(start):
    class C:
        count = start
        def inc(self):
            C.count += 1
            return C.count
    return C
K = counter_class(5)
a, b = K(), K()
print(a.inc(), b.inc(), K.count)
def adder_factory():
    adders = {}
    for n in (1, 5, 10):
        adders[n] = lambda x, n=n: x + n
    return adders
print({k: f(100) for k, f in adder_factory().items()})
