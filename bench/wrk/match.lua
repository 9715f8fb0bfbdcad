-- wrk script: POST /v1/match over the situations of match-bodies.jsonl (one request body per
-- line, as responders note them), the same ones bench/direct_load runs.
-- Run from the repository: wrk -t2 -c32 -d30s --latency -s bench/wrk/match.lua http://127.0.0.1:8080
local bodies = {}
local file = io.open("bench/wrk/match-bodies.jsonl")
if file == nil then
  -- Without its requests wrk would measure GET / instead: stop.
  io.stderr:write("match.lua: cannot read bench/wrk/match-bodies.jsonl: run wrk from the repository\n")
  os.exit(1)
end
file:close()
for line in io.lines("bench/wrk/match-bodies.jsonl") do
  bodies[#bodies + 1] = line
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/v1/match", {["Content-Type"] = "application/json"},
                    bodies[(i % #bodies) + 1])
end
