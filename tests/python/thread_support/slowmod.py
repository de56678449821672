# A module that takes a while to run: threads importing it at once must all
# see it fully initialised, and its body must run once.
import threading

RUNS = getattr(threading, "_slowmod_runs", 0) + 1
threading._slowmod_runs = RUNS
total = 0
for i in range(200000):
    total += i
READY = True
