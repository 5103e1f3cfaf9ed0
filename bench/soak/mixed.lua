-- wrk script for bench/soak.sh: a mixed load on the demo. Most requests read pages and the
-- JSON API (lists, a State, search, a meeting's programme, the feeds); one in WRITE_EVERY posts
-- a registration with an e-mail no other request uses, so the database and the outbox grow.
local reads = {
  "/ccm", "/ccm/states", "/ccm/states/NGA", "/ccm/documents", "/ccm/meetings",
  "/ccm/search?q=report", "/ccm/search?q=final+report&page=2",
  "/api/v1/conventions/ccm/states", "/api/v1/conventions/ccm/states/NGA",
  "/api/v1/conventions/ccm/search?q=meeting", "/api/v1/conventions/ccm/meetings",
  "/api/v1/conventions/ccm/architecture", "/api/v1/conventions/ccm/committee",
  "/ccm/meetings/2ISM/programme", "/api/v1/conventions/ccm/documents",
  "/calendar.ics", "/ccm/documents.atom", "/ccm/architecture", "/ccm/states.csv", "/healthz",
}
local write_every = tonumber(os.getenv("WRITE_EVERY") or "20")
local counter = 0
local threads_made = 0

-- Each thread gets its own number as the global `tid` of its own Lua state (a local here would
-- be the same 0 in every thread, and their e-mails would collide).
function setup(thread)
  thread:set("tid", threads_made)
  threads_made = threads_made + 1
end

function request()
  counter = counter + 1
  if counter % write_every == 0 then
    local who = string.format("soak-%d-%d", tid, counter)
    local body = string.format(
      '{"category":"ngo","organization":"Soak Organization %s","family_name":"Soak",' ..
      '"given_name":"Person %s","email":"%s@example.org","role":"member"}', who, who, who)
    return wrk.format("POST", "/api/v1/conventions/ccm/meetings/3RC/registrations",
      { ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("GET", reads[(counter % #reads) + 1])
end

function response(status, headers, body)
  -- Every answer that is not a success is named on stderr; soak.sh counts them by status.
  if status >= 400 then
    io.stderr:write("soak-status " .. status .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("soak: requests=%d errors(connect=%d read=%d write=%d timeout=%d status=%d) p50=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
