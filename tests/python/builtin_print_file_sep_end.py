# print(): sep, end, file=sys.stdout, flush; sys.stdout.write.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print("", end="")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5), sep="-")
print(*"abc")
print(*[], sep="x", end="[empty]\n")
print("multi\nline", "second")
print("sep None", sep=None)
print("end None", end=None)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("a" + "b" * 3 + "\n")
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
sink = Sink()
print("captured", 42, sep=":", end="!", file=sink)
print(sink.parts)
print("x", file=None)
for bad in [dict(sep=5), dict(end=[]), dict(file=5)]:
    try:
        print("bad", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self): return "S-str"
print(S(), [S()] if False else "skip", str(S()))
print("tab\tseparated", "unicode é €")
print(repr("with quotes"), "%d%%" % 50)
print("chained", end=" ")
print("calls", end=" ")
print("end")
