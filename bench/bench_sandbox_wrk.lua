-- wrk script for bench_sandbox.sh: POSTs the same 100-event batch (EWB_BENCH_BODY, a file) with
-- Basic auth (EWB_BENCH_AUTH, already base64) on every request.
local file = assert(io.open(os.getenv("EWB_BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("EWB_BENCH_AUTH")
