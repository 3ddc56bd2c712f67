# left: was never awaited
async def fetch():
    return 1
pending = fetch()
print("done")
