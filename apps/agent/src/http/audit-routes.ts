import { z } from "zod";
import type { RestRoute } from "./rest-route";

const optionalNumber = (value: string | null) => (value === null ? undefined : Number(value));

/** The audit log for operators: GET /api/audit?entityType=&entityId=&event=&from=&to=&limit=&cursor= */
export const auditRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/api/audit",
    summary:
      "Audit entries, newest first, filtered by entity, event and time range (epoch ms); contact data masked (operator)",
    tier: "operator",
    response: z.object({ items: z.array(z.record(z.string(), z.unknown())), nextCursor: z.string().nullable() }),
    handle: ({ caller, query }) => {
      const text = (name: string) => query.get(name) ?? undefined;
      const input = {
        entityType: text("entityType") as "session" | undefined,
        entityId: text("entityId"),
        event: text("event"),
        from: optionalNumber(query.get("from")),
        to: optionalNumber(query.get("to")),
        limit: optionalNumber(query.get("limit")),
        cursor: text("cursor"),
      };
      return caller.audit.list(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
    },
  },
];
