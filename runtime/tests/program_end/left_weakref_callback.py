# left: box gone
import weakref
class Box:
    pass

b = Box()
r = weakref.ref(b, lambda ref: print("box gone"))
print("done")
