-- wrk script: POSTs one signed slash command over and over. The body, timestamp and
-- signature come from the environment (run_http_bench.sh computes them with openssl,
-- fresh at the start of each run, since Slack signatures expire after five minutes).
wrk.method = "POST"
wrk.body = os.getenv("ROLEBOT_BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("ROLEBOT_BENCH_TIMESTAMP")
wrk.headers["X-Slack-Signature"] = os.getenv("ROLEBOT_BENCH_SIGNATURE")

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_us=%d p99_us=%d requests=%d errors=%d non2xx=%d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(99),
    summary.requests, errors, summary.errors.status))
end
