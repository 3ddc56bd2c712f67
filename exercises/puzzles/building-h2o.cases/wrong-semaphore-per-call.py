# Creates the semaphores inside hydrogen() and oxygen(): every atom gets a fresh one, so nothing limits who meets at the barrier.
# expect: fail
# expect-hint: release-too-early
# expect-failing: whole-molecules, tests

import threading
import time


class H2O:
    """Lets atoms bond only in whole molecules: two H and one O at a time."""

    def __init__(self):
        self.molecule = threading.Barrier(3)  # the three wait for each other here

    def hydrogen(self, release):
        with threading.Semaphore(2):  # 2 places for H
            self.molecule.wait()
            release()

    def oxygen(self, release):
        with threading.Semaphore(1):  # 1 place for O
            self.molecule.wait()
            release()


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
