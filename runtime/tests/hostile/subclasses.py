# The classic escape: every class in the interpreter through object.__subclasses__().
classes = ().__class__.__base__.__subclasses__()
print(len(classes))
