# Iterators that several threads step at once yield every item exactly
# once: range, list and tuple iterators shared through a variable (each
# thread's `for` loop steps the same object), and a generator whose own
# `for` loop over a range (a register only its frame holds) is resumed by
# whichever thread calls next().
import threading

N = 30000
THREADS = 4


def drain_together(make_iter):
    it = make_iter()
    seen = [[] for _ in range(THREADS)]
    start = threading.Barrier(THREADS)

    def work(k):
        out = seen[k]
        start.wait()
        for x in it:
            out.append(x)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = sorted(x for part in seen for x in part)
    return everything == list(range(N)), sum(1 for part in seen if part) >= 1


print("range", drain_together(lambda: iter(range(N))))
print("list", drain_together(lambda: iter(list(range(N)))))
print("tuple", drain_together(lambda: iter(tuple(range(N)))))


def numbers():
    for i in range(N):
        yield i


def drain_generator():
    gen = numbers()
    seen = [[] for _ in range(THREADS)]
    start = threading.Barrier(THREADS)

    def work(k):
        out = seen[k]
        start.wait()
        while True:
            try:
                out.append(next(gen))
            except StopIteration:
                return
            except ValueError:
                # "generator already executing": another thread is in it.
                continue

    threads = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = sorted(x for part in seen for x in part)
    return everything == list(range(N))


print("generator", drain_generator())
