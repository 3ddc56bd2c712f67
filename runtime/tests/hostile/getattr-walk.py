# Reaches the same attributes through getattr, where no checker of the source can see the name.
import sys

name = "_get" + "frame"
walker = getattr(sys, name)
print(walker(0))
