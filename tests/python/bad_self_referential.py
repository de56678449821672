a = [1, 2]
a.append(a)
print(a)
d = {'k': 1}
d['self'] = d
print(d)
class Node:
    def __init__(self):
        self.me = self
n = Node()
print(n.me is n)
