# Weak-reference callbacks that are closures, dropped and replaced by several
# threads while automatic collections run: a weak reference whose own count
# fell to zero (its owner thread not yet told) must not be collected and have
# its callback's closure emptied, and every callback that runs finds its
# closure intact. (Regression: a live closure cell was seen empty.)
import weakref, gc, threading


class Obj:
    def __init__(self, n):
        self.n = n


def make_dropper(container_ref):
    def drop(key, value_ref):
        container = container_ref()
        if container is not None:
            with container.lock:
                if container.data.get(key) is value_ref:
                    del container.data[key]
    return drop


class ValueMap:
    def __init__(self):
        self.data = {}
        self.lock = threading.Lock()
        self.drop = make_dropper(weakref.ref(self))

    def value_ref(self, key, value):
        drop = self.drop
        # The callback closes over `drop` (a cell of this frame).
        return weakref.ref(value, lambda r, key=key: drop(key, r))

    def __setitem__(self, key, value):
        r = self.value_ref(key, value)
        with self.lock:
            self.data[key] = r

    def live(self):
        with self.lock:
            refs = list(self.data.values())
        return sum(1 for r in refs if r() is not None)


THREADS = 4
ROUNDS = 400
values = ValueMap()
kept = [[] for _ in range(THREADS)]
errors = []


def hook(args):
    errors.append(args.exc_type.__name__)


threading.excepthook = hook


def work(t):
    mine = kept[t]
    for i in range(ROUNDS):
        o = Obj(i)
        values[(t, i)] = o
        # Shared keys: every thread replaces them, and the weak references
        # they held die in whichever thread replaced them.
        values[i % 8] = o
        if i % 3 == 0:
            mine.append(o)
        if i % 50 == 0:
            gc.collect()
    del o


for repeat in range(3):
    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    gc.collect()
    live = sum(len(k) for k in kept)
    print(live, values.live() >= live)
    for k in kept:
        k.clear()
    gc.collect()
    print(values.live(), len(values.data) <= 8)
print(errors)
