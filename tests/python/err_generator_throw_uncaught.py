# An exception thrown into a generator that does not handle it propagates.
def worker():
    while True:
        job = yield
        print("processing", job)
w = worker()
next(w)
w.send("job-1")
w.send("job-2")
w.throw(TimeoutError("worker timed out"))
