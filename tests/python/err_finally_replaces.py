# An exception raised in finally replaces the one in flight.
def work():
    try:
        print("working")
        raise KeyError("original")
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
work()
