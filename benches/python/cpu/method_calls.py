# Method calls and attribute access on instances.
N = 1_000_000
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
    def scaled(self, k):
        return Vec(self.x * k, self.y * k)
def main():
    acc = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(N):
        acc = acc.add(step)
        total += acc.dot(step) % 7
        if i % 1000 == 0:
            acc = acc.scaled(0)
    print(acc.x, acc.y, total)
main()
