# Reaches the same attributes through getattr, where no checker of the source can see the name.
name = "_get" + "frame"
import sys
walker = getattr(sys, name)
print(walker(0))
