# Switches off the meter (and with it the step limit) by rebinding the runtime's hooks.
globals()["__il_tick__"] = lambda n: None
while True:
    pass
