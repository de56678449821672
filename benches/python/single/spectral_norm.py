# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1/((i+j)(i+j+1)/2+i+1), by power iteration on A^T A; nested
# loops of float multiply-add and a small function called N*N times.
N = 350


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * u[j]
        out.append(s)
    return out


def times_transposed(u, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * u[j]
        out.append(s)
    return out


def ata_times(u, n):
    return times_transposed(times(u, n), n)


u = [1.0] * N
v = None
for _ in range(10):
    v = ata_times(u, N)
    u = ata_times(v, N)
vbv = 0.0
vv = 0.0
for i in range(N):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print(f"{(vbv / vv) ** 0.5:.9f}")
