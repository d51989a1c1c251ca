-- GET the URL given on the command line, authenticated.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("CREGO_TOKEN") or "")
