# left: freed True
class Noisy:
    def __del__(self):
        print("freed", id(self) > 0)
things = [[{"a": (Noisy(),)}]]
print("done")
