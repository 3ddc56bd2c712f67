# Walks out of its own frames to the runtime's objects through an exception's traceback.
try:
    raise ValueError
except ValueError as error:
    frame = error.__traceback__.tb_frame
print(frame.f_back.f_locals)
