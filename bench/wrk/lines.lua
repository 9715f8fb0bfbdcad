-- Shared by the wrk scripts (loaded with dofile, from the repository): the lines of a request
-- file. Without its requests wrk would measure GET / instead, so a file it cannot read stops it.
function request_lines(script, path)
  local file = io.open(path)
  if file == nil then
    io.stderr:write(script .. ": cannot read " .. path .. ": run wrk from the repository\n")
    os.exit(1)
  end
  file:close()
  local lines = {}
  for line in io.lines(path) do
    lines[#lines + 1] = line
  end
  return lines
end
