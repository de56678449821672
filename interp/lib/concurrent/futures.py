"""Futures and a thread pool executor, with CPython's API."""

import queue as _queue
import threading
import time as _time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING, _RUNNING, _CANCELLED, _FINISHED = "PENDING", "RUNNING", "CANCELLED", "FINISHED"


class CancelledError(Exception):
    pass


class TimeoutError(Exception):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._waiters = []

    def __repr__(self):
        with self._condition:
            return "<Future state=%s>" % self._state.lower()

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._finish()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _FINISHED)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            self._state = _RUNNING
            return True

    def _wait_done(self, timeout):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        self._wait_done(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait_done(timeout)
        return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._callbacks.append(fn)
                return
        fn(self)

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._finish()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._finish()

    def _finish(self):
        with self._condition:
            waiters = list(self._waiters)
            callbacks = list(self._callbacks)
        for w in waiters:
            w.put(self)
        for cb in callbacks:
            try:
                cb(self)
            except Exception:
                pass


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    yield futures.pop().result(timeout)
            finally:
                for f in futures:
                    f.cancel()
        return results()


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._work = _queue.Queue()
        self._threads = []
        self._shutdown = False
        self._lock = threading.Lock()
        self._idle = threading.Semaphore(0)
        self._initializer = initializer
        self._initargs = initargs

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)
                return
            future, fn, args, kwargs = item
            if future.set_running_or_notify_cancel():
                try:
                    result = fn(*args, **kwargs)
                except BaseException as e:
                    future.set_exception(e)
                else:
                    future.set_result(result)
            del item, future, fn, args, kwargs
            self._idle.release()

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = Future()
            self._work.put((f, fn, args, kwargs))
            if not self._idle.acquire(timeout=0) and len(self._threads) < self._max_workers:
                t = threading.Thread(name="%s_%d" % (self._prefix, len(self._threads)), target=self._worker)
                t.daemon = True
                t.start()
                self._threads.append(t)
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item[0].cancel()
            self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    done_queue = _queue.Queue()
    pending = []
    for f in fs:
        with f._condition:
            if f._state in (_CANCELLED, _FINISHED):
                done_queue.put(f)
            else:
                f._waiters.append(done_queue)
                pending.append(f)
    end = None if timeout is None else _time.monotonic() + timeout
    for _ in range(len(fs)):
        remaining = None if end is None else max(0.0, end - _time.monotonic())
        try:
            f = done_queue.get(timeout=remaining)
        except _queue.Empty:
            raise TimeoutError("%d (of %d) futures unfinished" % (len(fs) - _, len(fs)))
        yield f
    for f in pending:
        with f._condition:
            if done_queue in f._waiters:
                f._waiters.remove(done_queue)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end = None if timeout is None else _time.monotonic() + timeout
    while True:
        done = {f for f in fs if f.done()}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(f.exception(0) is not None for f in done if not f.cancelled()):
            break
        if not not_done:
            break
        if end is not None and _time.monotonic() >= end:
            break
        _time.sleep(0.001)
    return (done, not_done)
