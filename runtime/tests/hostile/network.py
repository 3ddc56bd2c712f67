# Sends a real request out of the simulation.
import urllib.request

try:
    urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
    print("reached the real network")
except Exception as error:
    print("refused:", type(error).__name__)
