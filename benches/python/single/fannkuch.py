# Fannkuch-redux: every permutation of 1..N, counting "pancake flips"
# (reverse the first p[0] elements until 0 leads); small-list indexing,
# slicing and in-place swaps. Prints the checksum and the maximum flips;
# the count is done RUNS times.
N = 9
RUNS = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    parity = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if parity else -flips
        # next permutation (rotation scheme)
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        parity = 1 - parity


results = [fannkuch(N) for _ in range(RUNS)]
assert all(r == results[0] for r in results)
checksum, flips = results[0]
print(checksum)
print(f"Pfannkuchen({N}) = {flips}")
