def add(a, b): return a + b
def sub(a, b): return a - b
handlers = {"add": add, "sub": sub, "mul": lambda a, b: a * b}
commands = [("add", 2, 3), ("mul", 4, 5), ("sub", 9, 1), ("div", 1, 1)]
for name, a, b in commands:
    fn = handlers.get(name)
    print(name, fn(a, b) if fn else "unknown")
class Machine:
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "start"): "running", ("running", "stop"): "idle"}
    def __init__(self): self.state = "idle"
    def send(self, event):
        self.state = self.transitions.get((self.state, event), self.state)
        return self.state
m = Machine()
print([m.send(e) for e in ["start", "pause", "stop", "start", "stop"]])
