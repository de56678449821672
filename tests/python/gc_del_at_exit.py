# Objects still referenced by the program's globals when it ends are
# finalized at exit: their __del__ runs (once), after the atexit functions.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


first = Noisy("first")
second = Noisy("second")
holder = [Noisy("in a list")]
atexit.register(print, "atexit function")
print("end of program")
