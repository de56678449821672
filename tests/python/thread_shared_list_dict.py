import threading
shared = []
table = {}
def fill(k):
    for i in range(10000):
        shared.append(k * 100000 + i)
        table[(k, i)] = i
threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), len(set(shared)), len(table), sum(table.values()))
print(sorted(shared)[:3], sorted(shared)[-1], all(table[(k, 9999)] == 9999 for k in range(4)))
