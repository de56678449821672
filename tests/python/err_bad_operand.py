print('x' - 1)
