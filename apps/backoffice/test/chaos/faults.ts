import { eventually } from "@kiosk/agent/testing";
import { startLocalPostgres, type LocalPostgres } from "../../src";
import type { BackofficeChild } from "./backoffice-child";
import { crashPostgres } from "./postgres-control";
import { between, sleep } from "@kiosk/agent/testing/random";

export interface FaultsOptions {
  backoffice: BackofficeChild;
  postgres: LocalPostgres;
  /** A kiosk's token, to see what ingest answers while PostgreSQL is down. */
  kioskId: string;
  kioskToken: string;
  random: () => number;
  /** How long the backoffice may take to serve again once PostgreSQL is back. */
  recoveryBoundMs: number;
}

/** A status, or 0 when nothing answered (the process is gone, or hung past 10 s). */
const statusOf = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }).then(
    async (r) => {
      await r.arrayBuffer();
      return r.status;
    },
    () => 0,
  );

/**
 * The campaign's two faults, and what it saw of them. The backoffice is killed
 * with SIGKILL and started again by the campaign. PostgreSQL is stopped with
 * `-m immediate` and started again on its port, while the backoffice, left
 * alone, must answer 503 and then serve again by itself.
 */
export class Faults {
  kills = 0;
  postgresStops = 0;
  /** The backoffice's pid after the campaign last started it: it must still be the one at the end. */
  pidAfterLastStart: number | undefined;
  /** Per PostgreSQL stop: ms from its start until /readyz answered 200, or null. */
  readonly recoveries: Array<number | null> = [];
  /** "path status" → how often, while PostgreSQL was down. */
  readonly whileDown = new Map<string, number>();
  postgres: LocalPostgres;

  constructor(private readonly options: FaultsOptions) {
    this.postgres = options.postgres;
    this.pidAfterLastStart = options.backoffice.pid;
  }

  async killBackoffice(): Promise<void> {
    const { backoffice, random } = this.options;
    await backoffice.kill();
    this.kills++;
    await sleep(between(random, 200, 1_500));
    await backoffice.start();
    this.pidAfterLastStart = backoffice.pid;
  }

  async stopPostgres(): Promise<void> {
    const { backoffice, random } = this.options;
    crashPostgres(this.postgres.dataDir);
    this.postgresStops++;
    const upAgainAt = Date.now() + between(random, 500, 2_500);
    while (Date.now() < upAgainAt) {
      await this.probe();
      await sleep(100);
    }
    this.postgres = await startLocalPostgres({ dataDir: this.postgres.dataDir, port: this.postgres.port });
    const back = Date.now();
    const readyz = () => {
      if (!backoffice.alive()) throw new Error("the backoffice died");
      return statusOf(`${backoffice.url}/readyz`);
    };
    // How long it took to serve again by itself (the campaign holds it to the bound); null if it died first
    // or was still not serving when the bound passed.
    const recovered = await eventually(readyz, (status) => status === 200, this.options.recoveryBoundMs).then(
      () => Date.now() - back,
      () => null,
    );
    this.recoveries.push(recovered);
    // Never restarted after a PostgreSQL stop; one that died is started only so the rest can still be checked.
    if (!backoffice.alive()) {
      await backoffice.start();
      this.pidAfterLastStart = undefined;
    }
  }

  /** What /readyz and a kiosk's push answer now. */
  private async probe(): Promise<void> {
    const { backoffice, kioskId, kioskToken } = this.options;
    const push = {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
      body: JSON.stringify({ kioskId, events: [] }),
    };
    for (const [path, init] of [
      ["/readyz", {}],
      ["/api/ingest", push],
    ] as const) {
      const key = `${path} ${await statusOf(`${backoffice.url}${path}`, init)}`;
      this.whileDown.set(key, (this.whileDown.get(key) ?? 0) + 1);
    }
  }
}
