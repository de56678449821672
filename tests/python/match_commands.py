def run(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "cannot go there"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"unknown: {cmd!r}"
for c in ["go north", "go west", "take a b", "take", "quit", "exit", "", "dance"]:
    print(run(c))
