-- wrk script: POST /v1/match over a fixed list of situations as responders note them.
-- Run: wrk -t2 -c32 -d30s --latency -s bench/wrk/match.lua http://127.0.0.1:8080
local bodies = {
  '{"text": "pt 84 ans diabetique sous insuline, vit seul, chutes repetees, fils epuise", "location": {"postcode": "1070"}}',
  '{"text": "patiente en fin de vie, souhaite rester a domicile, equipe de soutien palliatif", "location": {"commune": "Uccle"}}',
  '{"text": "dhr. 79j, dementie, woont alleen, dochter overbelast, zoekt dagcentrum", "location": {"commune": "Jette"}}',
  '{"text": "sortie prevue vendredi, pt 70 ans, besoin kine et aide familiale a domicile", "location": {"postcode": "1190"}}',
  '{"text": "femme sans papiers enceinte, pas de mutuelle, ne parle que l arabe", "location": {"bassin": "centre-ouest"}}',
  '{"text": "jonge man 24j, cannabis en alcohol, schulden, wil hulp", "location": {"postcode": "1030"}}',
  '{"text": "patient sdf, plaie au pied, cherche soins gratuits"}',
  '{"text": "mevrouw 67j, hartfalen en COPD, geen vervoer naar het ziekenhuis", "location": {"commune": "Sint-Gillis"}}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format("POST", "/v1/match", nil, bodies[(i % #bodies) + 1])
end
