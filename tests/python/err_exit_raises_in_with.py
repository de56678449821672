# An exception from __exit__ escapes the with statement.
class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        if et is not None:
            raise RuntimeError("rollback failed after " + et.__name__)
with Transaction():
    print("ok body")
with Transaction():
    raise ValueError("bad body")
