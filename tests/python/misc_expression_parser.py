# A recursive-descent parser and evaluator for arithmetic with variables.
class Lexer:
    def __init__(self, text):
        self.tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                self.tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                self.tokens.append(("name", text[i:j]))
                i = j
            elif c in "+-*/()^%":
                self.tokens.append(("op", c))
                i += 1
            else:
                raise SyntaxError("unexpected character %r at %d" % (c, i))
        self.tokens.append(("end", None))
class Parser:
    def __init__(self, text, env):
        self.toks = Lexer(text).tokens
        self.pos = 0
        self.env = env
    def peek(self): return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num": return val
        if kind == "name":
            if val not in self.env: raise NameError("undefined variable " + val)
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"): raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected token %r" % (val,))
def evaluate(text, **env):
    p = Parser(text, env)
    v = p.expr()
    if p.peek()[0] != "end": raise SyntaxError("trailing input")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5 + x * y", "2.5 * 4", "((((7))))", "1 +", "3 $ 4", "z + 1", "1 / 0", "(1 + 2"]:
    try:
        print("%-16s = %r" % (src, evaluate(src, x=3, y=4)))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print("%-16s ! %s: %s" % (src, type(e).__name__, e))
