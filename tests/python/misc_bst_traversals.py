# Binary search tree: insert, search, delete, traversals, height.
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(n, k):
            if n is None: return [k, None, None]
            if k < n[0]: n[1] = ins(n[1], k)
            elif k > n[0]: n[2] = ins(n[2], k)
            return n
        self.root = ins(self.root, k)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]: return True
            n = n[1] if k < n[0] else n[2]
        return False
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1]); yield n[0]; yield from walk(n[2])
        return list(walk(self.root))
    def preorder(self):
        out, stack = [], [self.root]
        while stack:
            n = stack.pop()
            if n:
                out.append(n[0]); stack.append(n[2]); stack.append(n[1])
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n[0] for n in level])
            level = [c for n in level for c in (n[1], n[2]) if c]
        return out
    def height(self):
        h = lambda n: 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def delete(self, k):
        def dele(n, k):
            if n is None: return None
            if k < n[0]: n[1] = dele(n[1], k)
            elif k > n[0]: n[2] = dele(n[2], k)
            else:
                if n[1] is None: return n[2]
                if n[2] is None: return n[1]
                s = n[2]
                while s[1]: s = s[1]
                n[0] = s[0]
                n[2] = dele(n[2], s[0])
            return n
        self.root = dele(self.root, k)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder())
print(t.preorder())
print(t.levels(), t.height())
print(40 in t, 55 in t)
for k in [20, 30, 50, 99]:
    t.delete(k)
    print("after delete", k, t.inorder(), t.levels())
s = BST()
for k in range(1, 200):
    s.insert((k * 37) % 199)
print(s.height(), s.inorder()[:10], len(s.inorder()))
