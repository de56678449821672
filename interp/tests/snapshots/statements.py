x, *rest, y = items
obj.attr = 1
obj[1:2] = []
counter += 1
del obj.attr, obj[0], x
if a:
    pass
elif b:
    pass
else:
    pass
while n:
    if m:
        break
    n -= 1
else:
    done()
for i in range(3):
    continue
assert ok, "message"
import os.path
import a.b as c
from .pkg import name as alias
from mod import *
