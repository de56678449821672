a = [3, 1, 2]
a.append(5); a.insert(0, 9); a.extend([7, 8]); print(a)
print(a.pop(), a.pop(0), a.index(2), a.count(1), a)
a.remove(1); a.reverse(); print(a)
a.sort(); print(a); a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b, len(a))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len); print(words)
words.sort(key=lambda w: (len(w), w), reverse=True); print(words)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
