print("relpkg.sub init")
