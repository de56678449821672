print("start")
name = "unterminated
print(name)
