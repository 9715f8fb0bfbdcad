-- wrk script: POST /v1/match over the situations of match-bodies.jsonl (one request body per
-- line, as responders note them), the same ones bench/direct_load runs.
-- Run from the repository: wrk -t2 -c32 -d30s --latency -s bench/wrk/match.lua http://127.0.0.1:8080
if not pcall(dofile, "bench/wrk/lines.lua") then
  io.stderr:write("match.lua: cannot read bench/wrk/lines.lua: run wrk from the repository\n")
  os.exit(1)
end
local bodies = request_lines("match.lua", "bench/wrk/match-bodies.jsonl")
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/v1/match", {["Content-Type"] = "application/json"},
                    bodies[(i % #bodies) + 1])
end
