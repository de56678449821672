# A singly linked list class with iteration, indexing, reversal and repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self): return self.size
    def __getitem__(self, i):
        if i < 0: i += self.size
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other): return list(self) == list(other)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.push(10)
print(ll.pop(), ll.pop(), ll, ll == LinkedList([3, 2, 1]))
for bad in [lambda: ll[10], lambda: LinkedList().pop()]:
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
def merge(a, b):
    out = []
    ia, ib = iter(a), iter(b)
    x, y = next(ia, None), next(ib, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            out.append(x); x = next(ia, None)
        else:
            out.append(y); y = next(ib, None)
    return LinkedList(out)
print(merge(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), [x for x in big][:3])
