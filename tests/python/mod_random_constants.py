# random's public module constants, and that the module functions named in
# its __all__ are all there.
import random

for name in ['BPF', 'LOG4', 'NV_MAGICCONST', 'RECIP_BPF', 'SG_MAGICCONST', 'TWOPI']:
    print(name, repr(getattr(random, name)))
print(sorted(random.__all__))
print(all(callable(getattr(random, n)) for n in random.__all__))
