# settled (the walk must not run the program's metaclass: nothing but done is printed)
class Meta(type):
    def __getattribute__(cls, name):
        print("looked up", name)
        return super().__getattribute__(name)
    def __hash__(cls):
        print("hashed")
        return 1
class Sneaky(metaclass=Meta):
    pass
x = Sneaky()
print("done")
