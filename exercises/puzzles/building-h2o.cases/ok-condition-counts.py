# Also correct: a Condition, counts of waiting atoms, and a molecule formed by the third arrival.
# expect: pass
import threading
import time


class H2O:
    def __init__(self):
        self.changed = threading.Condition()
        self.waiting = {"H": 0, "O": 0}
        self.passes = {"H": 0, "O": 0}  # atoms let through to bond
        self.bonding = 0  # atoms of the current molecule still to bond

    def _arrive(self, atom, release):
        with self.changed:
            self.waiting[atom] += 1
            while True:
                if self.bonding == 0 and self.waiting["H"] >= 2 and self.waiting["O"] >= 1:
                    self.waiting["H"] -= 2
                    self.waiting["O"] -= 1
                    self.passes = {"H": 2, "O": 1}
                    self.bonding = 3
                    self.changed.notify_all()
                if self.passes[atom] > 0:
                    self.passes[atom] -= 1
                    break
                self.changed.wait()
            release()
            self.bonding -= 1
            self.changed.notify_all()

    def hydrogen(self, release):
        self._arrive("H", release)

    def oxygen(self, release):
        self._arrive("O", release)


bonded = []  # the atoms in the order they bonded


def bond(atom):
    def release():
        time.sleep(0.01)  # forming the bond takes a moment
        bonded.append(atom)

    return release


def main():
    water = H2O()
    threads = []
    for atom in "HHHHOHHOO":  # 6 hydrogen and 3 oxygen atoms arrive in this order
        work = water.hydrogen if atom == "H" else water.oxygen
        threads.append(threading.Thread(target=work, args=(bond(atom),)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("".join(bonded))


main()
