import type { IncomingMessage, ServerResponse } from "node:http";
import type { BackofficeConfig } from "../config";
import type { BackofficeDb } from "../db";
import { assertJson, bearer, readJson, sendJson } from "../http";
import { authenticateKiosk } from "../tokens";
import { storeCommandResult, takeCommands } from "./kiosk-side";

/** `POST /api/fleet/commands/:id/result`, the id matched here. */
export const commandResultRoute = /^\/api\/fleet\/commands\/([A-Za-z0-9._:-]{1,100})\/result$/;

/** A result is a small JSON object: the kiosk's own answer, not a payload. */
const resultBodyLimit = 96 * 1024;

/**
 * The kiosks' side of the command queue: each authenticates with its own
 * credential (checked before a byte of the body is read) and sees only its
 * own commands.
 */
export function commandRoutes(deps: { db: BackofficeDb; config: BackofficeConfig }) {
  return {
    /** `GET /api/fleet/commands`: the kiosk's pending commands, oldest first. */
    async fetch(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const kioskId = await authenticateKiosk(deps, bearer(req.headers.authorization));
      sendJson(res, 200, { commands: await takeCommands(deps.db, kioskId) });
    },
    /** `POST /api/fleet/commands/:id/result`: what the kiosk did with one. */
    async result(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
      const kioskId = await authenticateKiosk(deps, bearer(req.headers.authorization));
      assertJson(req);
      const body = await readJson(req, resultBodyLimit);
      sendJson(res, 200, await storeCommandResult(deps.db, kioskId, id, body));
    },
  };
}
