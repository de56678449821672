# Iterators that several threads step at once yield every item exactly
# once: range, list and tuple iterators shared through a variable (each
# thread's `for` loop steps the same object), and a generator whose own
# `for` loop over a range (a register only its frame holds) is resumed by
# whichever thread calls next().
import threading

N = 30000
THREADS = 4


def all_items_once(drain):
    """Run drain(out) in THREADS threads started together; whether the
    items they collected are 0..N-1, each exactly once."""
    seen = [[] for _ in range(THREADS)]
    start = threading.Barrier(THREADS)

    def work(out):
        start.wait()
        drain(out)

    threads = [threading.Thread(target=work, args=(out,)) for out in seen]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(x for part in seen for x in part) == list(range(N))


def shared_for_loop(it):
    def drain(out):
        for x in it:
            out.append(x)

    return drain


print("range", all_items_once(shared_for_loop(iter(range(N)))))
print("list", all_items_once(shared_for_loop(iter(list(range(N))))))
print("tuple", all_items_once(shared_for_loop(iter(tuple(range(N))))))


def numbers():
    for i in range(N):
        yield i


def shared_generator(gen):
    def drain(out):
        while True:
            try:
                out.append(next(gen))
            except StopIteration:
                return
            except ValueError:
                # "generator already executing": another thread is in it.
                continue

    return drain


print("generator", all_items_once(shared_generator(numbers())))
