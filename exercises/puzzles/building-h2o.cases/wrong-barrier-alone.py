# Only a barrier: any three atoms pass it together, three H as well.
# expect: fail
# expect-hint: barrier-alone
# expect-failing: whole-molecules, tests
import threading
import time


class H2O:
    def __init__(self):
        self.molecule = threading.Barrier(3)

    def hydrogen(self, release):
        self.molecule.wait()
        release()

    def oxygen(self, release):
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
