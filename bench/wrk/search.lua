-- wrk script: GET /v1/search over a fixed list of helpdesk queries (French, Dutch, mixed).
-- Run: wrk -t2 -c32 -d30s --latency -s bench/wrk/search.lua http://127.0.0.1:8080
local queries = {
  "soins%20palliatifs%20%C3%A0%20domicile", "palliatieve%20thuiszorg", "aide%20familiale",
  "trajet%20de%20soins%20diab%C3%A8te", "CPAS%20carte%20m%C3%A9dicale", "OCMW%20leefloon",
  "bewindvoerder", "interpr%C3%A8te%20arabe", "dakloos%20referentieadres",
  "sortie%20d%27h%C3%B4pital%20infirmi%C3%A8re", "sant%C3%A9%20mentale%20ado",
  "mantelzorger%20uitgeput", "violences%20conjugales", "transport%20adapt%C3%A9",
  "maison%20m%C3%A9dicale&bassin=sud", "d%C3%A9pistage&theme=prevention",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/v1/search?q=" .. queries[(i % #queries) + 1])
end
