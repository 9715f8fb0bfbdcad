-- wrk script: GET /v1/search over the helpdesk queries of search-queries.txt (French, Dutch,
-- mixed; one URL-encoded query string per line), the same ones bench/direct_load runs.
-- Run from the repository: wrk -t2 -c32 -d30s --latency -s bench/wrk/search.lua http://127.0.0.1:8080
local queries = {}
local file = io.open("bench/wrk/search-queries.txt")
if file == nil then
  -- Without its requests wrk would measure GET / instead: stop.
  io.stderr:write("search.lua: cannot read bench/wrk/search-queries.txt: run wrk from the repository\n")
  os.exit(1)
end
file:close()
for line in io.lines("bench/wrk/search-queries.txt") do
  queries[#queries + 1] = line
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/v1/search?q=" .. queries[(i % #queries) + 1])
end
