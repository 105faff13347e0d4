import { spawn } from "node:child_process";
import { eventually, freePort } from "./harness";

export interface PrometheusProcess {
  url: string;
  stop(): Promise<void>;
}

/** Debian's `prometheus` with `args`, on a free loopback port; resolves once it says it is ready. */
export async function startPrometheusProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<PrometheusProcess> {
  const port = await freePort();
  const child = spawn("prometheus", [...args, `--web.listen-address=127.0.0.1:${port}`], {
    stdio: "ignore",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    () =>
      fetch(`${url}/-/ready`).then(
        (r) => r.status,
        () => 0,
      ),
    (status) => status === 200,
    30_000,
  );
  return {
    url,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
