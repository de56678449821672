import threading
cond = threading.Condition()
turn = [0]
log = []
def player(me, rounds):
    for r in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] % 2 == me)
            log.append((me, r))
            turn[0] += 1
            cond.notify_all()
a = threading.Thread(target=player, args=(0, 50))
b = threading.Thread(target=player, args=(1, 50))
a.start(); b.start(); a.join(); b.join()
print(len(log), log[:4], all(log[i][0] == i % 2 for i in range(len(log))))
