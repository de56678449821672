# Threads replace floats in a shared list, a shared dict and a closure cell
# while other threads read them: a dead float's memory becomes the next
# float at once (even one other threads may still be reading), so every read
# must still give a float that was stored there, never a torn or foreign one.
import threading

SLOTS = 8
ROUNDS = 20000
shared = [0.5] * SLOTS
table = {i: 0.5 for i in range(SLOTS)}
bad = []


def make_cell():
    value = 0.5

    def get():
        return value

    def set_(x):
        nonlocal value
        value = x

    return get, set_


get_cell, set_cell = make_cell()


def valid(x):
    # Writers store k + 0.5 for whole k in [0, ROUNDS * SLOTS).
    return type(x) is float and x - int(x) == 0.5 and 0 <= x < ROUNDS * SLOTS + 1


def writer(offset):
    for k in range(ROUNDS):
        i = (k + offset) % SLOTS
        x = float(k * SLOTS + i) + 0.5
        shared[i] = x
        table[i] = x + 0.0
        if k % 4 == offset:
            set_cell(x * 1.0)


def reader():
    seen = 0
    for k in range(ROUNDS):
        i = k % SLOTS
        for x in (shared[i], table[i], get_cell()):
            if not valid(x):
                bad.append(x)
            seen += 1
    return seen


threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad reads", bad[:5], len(bad))
print("all floats", all(valid(x) for x in shared), all(valid(x) for x in table.values()), valid(get_cell()))
