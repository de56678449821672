import copy
class Node:
    def __init__(self, name): self.name = name; self.children = []; self.parent = None
root = Node('root'); kid = Node('kid'); kid.parent = root; root.children.append(kid)
clone = copy.deepcopy(root)
print(clone.name, clone.children[0].name, clone.children[0].parent is clone, clone is not root, clone.children[0] is not kid)
shallow = copy.copy(root); print(shallow.children is root.children)
class Stateful:
    def __init__(self): self.a = 1; self.cache = {'x': 1}
    def __getstate__(self): s = self.__dict__.copy(); del s['cache']; return s
    def __setstate__(self, s): self.__dict__.update(s); self.cache = {}
c = copy.copy(Stateful()); d = copy.deepcopy(Stateful()); print(c.a, c.cache, d.a, d.cache)
class Cfg(dict):
    pass
cf = Cfg(a=[1]); cc = copy.deepcopy(cf); cc['a'].append(2); print(type(cc).__name__, cf, cc)
class L(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
ll = copy.copy(L([1, 2])); print(type(ll).__name__, ll, ll.tag)
memo = {}
a = [1]; b = [a, a]
b2 = copy.deepcopy(b, memo); print(b2[0] is b2[1], len(memo) >= 2)
class NoCopy:
    def __deepcopy__(self, memo): return self
n = NoCopy(); print(copy.deepcopy([n])[0] is n)
print(copy.deepcopy({'k': (1, [2])}), copy.copy([1, [2]])[1] is not None, copy.deepcopy(range(3)), copy.deepcopy(b'x'), copy.deepcopy(3 + 4j))
