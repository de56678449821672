# Expression parser: generates arithmetic expression strings, tokenizes them
# character by character, parses them by recursive descent into tuples and
# evaluates the trees (string indexing, char tests, tuples, recursion,
# isinstance dispatch, dict lookups of operators).
N = 14000

DIGITS = "0123456789"
OPS = {"+": 1, "-": 1, "*": 2, "%": 2}


def gen(seed, depth):
    seed = (seed * 1103515245 + 12345) % 2147483648
    if depth == 0 or seed % 5 == 0:
        return str(seed % 997), seed
    left, seed = gen(seed, depth - 1)
    right, seed = gen(seed, depth - 1)
    op = "+-*%"[(seed >> 7) % 4]
    if (seed >> 11) % 3 == 0:
        return "(" + left + " " + op + " " + right + ")", seed
    return left + op + right, seed


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c in DIGITS:
            j = i
            while j < n and src[j] in DIGITS:
                j += 1
            tokens.append(int(src[i:j]))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return None

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self, min_prec):
        left = self.atom()
        while True:
            op = self.peek()
            if not isinstance(op, str) or op not in OPS or OPS[op] < min_prec:
                return left
            self.next()
            right = self.expr(OPS[op] + 1)
            left = (op, left, right)

    def atom(self):
        tok = self.next()
        if tok == "(":
            inner = self.expr(1)
            self.next()
            return inner
        return tok


def evaluate(node):
    if isinstance(node, int):
        return node
    op, a, b = node
    x = evaluate(a)
    y = evaluate(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y % 1000000007
    return x % y if y else x


def depth(node):
    if isinstance(node, int):
        return 0
    return 1 + max(depth(node[1]), depth(node[2]))


seed = 2024
total = 0
chars = 0
deepest = 0
ntokens = 0
for _ in range(N):
    src, seed = gen(seed, 7)
    tokens = tokenize(src)
    tree = Parser(tokens).expr(1)
    total = (total + evaluate(tree)) % 1000000007
    chars += len(src)
    ntokens += len(tokens)
    d = depth(tree)
    if d > deepest:
        deepest = d
print("exprs", N, "chars", chars, "tokens", ntokens, "deepest", deepest)
print("value", total)
