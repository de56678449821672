# Generator-based coroutines: priming, send(), return values via StopIteration.
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
g = echo()
try:
    g.send(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def running_max():
    best = None
    while True:
        v = yield best
        best = v if best is None or v > best else best
r = running_max()
next(r)
print([r.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            state = "idle"
sm = state_machine()
print(next(sm), [sm.send(ev) for ev in ["pause", "start", "pause", "start", "stop", "start"]])
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_frame is not None, gs.gi_running)
next(gs)
try:
    next(gs)
except StopIteration:
    print("exhausted", gs.gi_frame)
try:
    gs.send(5)
except StopIteration:
    print("send to exhausted raises StopIteration")
