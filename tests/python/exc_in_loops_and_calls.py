def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i
results = []
for i in range(7):
    try:
        results.append(risky(i))
    except ValueError as e:
        results.append(f"E{e}")
print(results)
def nested(depth):
    if depth == 0:
        raise LookupError("bottom")
    try:
        nested(depth - 1)
    finally:
        print("unwind", depth)
try:
    nested(3)
except LookupError as e:
    print("caught", e)
import sys
print(sys.exc_info()[0])
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__)
