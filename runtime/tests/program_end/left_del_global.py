# left: freed at exit
class Noisy:
    def __del__(self):
        print("freed at exit")
keep = Noisy()
print("done")
