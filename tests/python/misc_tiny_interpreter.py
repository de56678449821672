def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens
class Parser:
    def __init__(self, tokens): self.t, self.i = tokens, 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek(); self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            v = v * self.factor() if op == "*" else v // self.factor()
        return v
    def factor(self):
        kind, val = self.take()
        if val == "(":
            v = self.expr(); self.take(); return v
        if val == "-":
            return -self.factor()
        return val
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * 5"]:
    print(src, "=", Parser(tokenize(src)).expr())
