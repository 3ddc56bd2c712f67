# left: box finalized
import weakref
class Box:
    pass

b = Box()
weakref.finalize(b, print, "box finalized")
print("done")
