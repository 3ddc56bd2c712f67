# Switches off the meter (and with it the step limit) by rebinding the runtime's hooks.
globals()["__il_meter__"] = None
while True:
    pass
