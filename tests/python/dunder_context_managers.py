class Tracker:
    log = []
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        Tracker.log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        Tracker.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow
with Tracker("a") as A, Tracker("b") as B:
    Tracker.log.append(A + B)
with Tracker("s", swallow=True):
    raise KeyError("hidden")
try:
    with Tracker("p"):
        1 / 0
except ZeroDivisionError:
    Tracker.log.append("caught")
def early():
    with Tracker("r"):
        return "returned"
print(early())
for i in range(2):
    with Tracker(f"loop{i}"):
        if i == 0:
            continue
        break
print(Tracker.log)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
