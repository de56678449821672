from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
def square(x):
    s = 0
    for i in range(1000):
        s += i
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    bad = ex.submit(int, "x")
    print(type(bad.exception()).__name__, bad.done())
