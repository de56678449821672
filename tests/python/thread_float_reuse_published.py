# Floats computed in a loop and stored where other threads read them: a
# result reusing its destination's float must never change one that was
# stored, even while other threads are reading it.
import threading

N = 20000
lists = [[] for _ in range(2)]
bad = []
done = threading.Event()


def producer(out):
    t = 0.0
    for _ in range(N):
        t = t + 1.0          # t's old float was stored: it must stay as it was
        scaled = t * 0.5
        scaled = scaled * 2.0
        out.append(scaled)


def reader(src):
    checked = 0
    while not done.is_set() or checked < len(src):
        n = len(src)
        for i in range(checked, n):
            if src[i] != float(i + 1):
                bad.append((i, src[i]))
        checked = n
    if checked != N:
        bad.append(("count", checked))


def passer(values, out):
    # floats handed over as arguments; their new holders must see them unchanged
    acc = 0.0
    for v in values:
        acc = acc + v
        acc = acc - v + v
    out.append(acc)


producers = [threading.Thread(target=producer, args=(lst,)) for lst in lists]
readers = [threading.Thread(target=reader, args=(lst,)) for lst in lists]
for t in producers + readers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in readers:
    t.join()

sums = []
values = [i * 0.25 for i in range(1000)]
passers = [threading.Thread(target=passer, args=(values, sums)) for _ in range(3)]
for t in passers:
    t.start()
for t in passers:
    t.join()

print("lengths", [len(lst) for lst in lists])
print("ends", [lst[-1] for lst in lists])
print("bad", bad[:5])
print("sums", sums)
print("values intact", values == [i * 0.25 for i in range(1000)])
