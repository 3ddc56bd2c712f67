# Tries every door to JavaScript: js, pyodide, pyodide_js, the import machinery.
results = []
for name in ["js", "pyodide", "pyodide_js", "_pyodide", "pyodide.ffi", "pyodide.http", "micropip",
             "importlib.machinery", "ctypes", "_operator", "_imp", "builtins", "interleave",
             "interleave.runner"]:
    try:
        __import__(name)
        results.append(name + ": imported")
    except ImportError:
        results.append(name + ": refused")
print("\n".join(results))
