# os.environ: a str-to-str mapping of its own type, with CPython's errors.
import os

print(type(os.environ).__name__, os.getenv("WEFT_TEST_UNSET_VAR"), os.getenv("WEFT_TEST_UNSET_VAR", "dflt"))
os.environ["WEFT_TEST_A"] = "alpha"
print(os.environ["WEFT_TEST_A"], os.getenv("WEFT_TEST_A"), "WEFT_TEST_A" in os.environ, os.environ.get("WEFT_TEST_A"))
print(os.environ.pop("WEFT_TEST_A"), "WEFT_TEST_A" in os.environ)
for action in [lambda: os.environ["WEFT_TEST_UNSET_VAR"],
               lambda: os.environ.__delitem__("WEFT_TEST_UNSET_VAR"),
               lambda: os.environ.__setitem__("WEFT_TEST_B", 1),
               lambda: os.environ.__setitem__(2, "x"),
               lambda: os.environ.__setitem__("WEFT_TEST_B", None)]:
    try:
        action()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(os.environ.setdefault("WEFT_TEST_C", "c"), os.environ.setdefault("WEFT_TEST_C", "d"))
os.environ.update({"WEFT_TEST_D": "d"}, WEFT_TEST_E="e")
print(os.environ["WEFT_TEST_D"], os.environ["WEFT_TEST_E"])
merged = os.environ | {"WEFT_TEST_F": "f"}
print(type(merged).__name__, merged["WEFT_TEST_F"], "WEFT_TEST_F" in os.environ)
merged = {"WEFT_TEST_C": "mine"} | os.environ
print(merged["WEFT_TEST_C"])
os.environ |= {"WEFT_TEST_G": "g"}
print(os.environ["WEFT_TEST_G"], type(os.environ).__name__)
copy = os.environ.copy()
print(type(copy).__name__, copy["WEFT_TEST_G"], len(copy) == len(os.environ))
print(sorted(k for k in os.environ if k.startswith("WEFT_TEST_")))
print(repr(os.environ).startswith("environ({"), os.path.expandvars("$WEFT_TEST_G-${WEFT_TEST_C}"))
for k in [k for k in os.environ if k.startswith("WEFT_TEST_")]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("WEFT_TEST_")))
