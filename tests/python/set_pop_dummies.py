# set.pop and iteration order after removals: CPython's dummies and pop finger, over a random mix of operations.
import random
random.seed(5)
s = set()
log = []
for step in range(3000):
    r = random.random()
    if r < 0.5:
        s.add(random.randrange(-50, 200))
    elif r < 0.7 and s:
        s.discard(random.randrange(-50, 200))
    elif r < 0.85 and s:
        log.append(s.pop())
    elif r < 0.86:
        s.clear()
    if step % 97 == 0:
        log.append(list(s))
print(log[-20:], len(log))
print(sum((i + 1) * (x if isinstance(x, int) else sum((j + 1) * y for j, y in enumerate(x))) for i, x in enumerate(log)))
t = {"a", "b", "c", "d"}
t.discard("b"); t.add("e"); print(len(t))
u = set(range(100)); 
for i in range(0, 100, 3): u.remove(i)
print(list(u)[:10], u.pop(), u.pop(), list(u)[:5])
