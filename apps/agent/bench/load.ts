/**
 * One load run, in a process of its own so the load does not share a core with
 * the server it measures: autocannon with the options given as JSON, printing
 * requests per second (mean), latency percentiles and failures as JSON.
 */
import autocannon from "autocannon";

interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 5 }),
  method: options.method ?? "GET",
  headers: options.headers ?? {},
  ...(options.body ? { body: options.body } : {}),
});
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  })}\n`,
);
