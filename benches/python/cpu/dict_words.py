# Dict-heavy code: counting words, int and str keys.
N = 1_000_000
def main():
    words = ["w" + str(i % 997) for i in range(N)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    squares = {}
    for i in range(N):
        squares[i % 5000] = i * i
    total = 0
    for k in counts:
        total += counts[k]
    print(len(counts), total, len(squares), squares[4999])
main()
