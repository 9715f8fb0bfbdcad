-- wrk script: GET /v1/search over the helpdesk queries of search-queries.txt (French, Dutch,
-- mixed; one URL-encoded query string per line), the same ones bench/direct_load runs.
-- Run from the repository: wrk -t2 -c32 -d30s --latency -s bench/wrk/search.lua http://127.0.0.1:8080
if not pcall(dofile, "bench/wrk/lines.lua") then
  io.stderr:write("search.lua: cannot read bench/wrk/lines.lua: run wrk from the repository\n")
  os.exit(1)
end
local queries = request_lines("search.lua", "bench/wrk/search-queries.txt")
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/v1/search?q=" .. queries[(i % #queries) + 1])
end
