text = "the cat sat on the mat with the hat"
print(text.count("the"), text.find("at"), text.rfind("at"), text.index("sat"), text.find("dog"))
print(text.replace("the", "a"), text.replace("at", "og", 2), text.startswith("the"), text.endswith(("hat", "cap")))
print(text.startswith("cat", 4), text[4:7], "at" in text, text.count("t", 10, 20), text.split("the"))
print("%s" % text.title()[:15], text.upper().isupper(), "abc123".isalnum(), "   ".isspace(), "Mixed Case".istitle())
try:
    text.index("dog")
except ValueError as e:
    print("ValueError:", e)
table = str.maketrans("aeiou", "AEIOU", "h")
print(text.translate(table))
