# Waits for keyboard input that will never come.
name = input("Your name: ")
print("hello", name)
