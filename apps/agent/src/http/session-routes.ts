import { createSessionInput, sessionPage, sessionView } from "@kiosk/sessions";
import { z } from "zod";
import type { RestRoute } from "./rest-route";

const asObject = (body: unknown) => (body !== null && typeof body === "object" ? body : {});

/** The seed's session paths (plus touch, fail and cancel), each calling its procedure. */
export const sessionRoutes: RestRoute[] = [
  {
    method: "POST",
    path: "/api/sessions",
    summary: "Create a session",
    tier: "kiosk",
    successStatus: 201,
    body: createSessionInput,
    response: sessionView,
    handle: ({ caller, body }) => caller.sessions.create(body as z.infer<typeof createSessionInput>),
  },
  {
    method: "GET",
    path: "/api/sessions",
    summary: "List sessions (operator): filters type, status; paginated by limit and cursor",
    tier: "operator",
    response: sessionPage,
    handle: ({ caller, query }) => {
      const limit = query.get("limit");
      return caller.sessions.list({
        ...(query.get("type") ? { type: query.get("type") as "thickness" } : {}),
        ...(query.get("status") ? { status: query.get("status") as "active" } : {}),
        ...(limit !== null ? { limit: Number(limit) } : {}),
        ...(query.get("cursor") ? { cursor: query.get("cursor") as string } : {}),
      });
    },
  },
  {
    method: "GET",
    path: "/api/sessions/:id",
    summary: "Get a session",
    tier: "kiosk",
    response: sessionView,
    handle: ({ caller, params }) => caller.sessions.get({ id: params.id ?? "" }),
  },
  {
    method: "PATCH",
    path: "/api/sessions/:id",
    summary: "Update a session's contact or metadata",
    tier: "kiosk",
    body: z.object({ contact: z.unknown().optional(), metadata: z.unknown().optional() }),
    response: sessionView,
    handle: ({ caller, params, body }) => caller.sessions.update({ ...asObject(body), id: params.id ?? "" }),
  },
  {
    method: "POST",
    path: "/api/sessions/:id/complete",
    summary: "Complete a session",
    tier: "kiosk",
    response: sessionView,
    handle: ({ caller, params }) => caller.sessions.complete({ id: params.id ?? "" }),
  },
  {
    method: "POST",
    path: "/api/sessions/:id/touch",
    summary: "Record activity on a session",
    tier: "kiosk",
    response: sessionView,
    handle: ({ caller, params }) => caller.sessions.touch({ id: params.id ?? "" }),
  },
  {
    method: "POST",
    path: "/api/sessions/:id/fail",
    summary: "Fail a session with a reason",
    tier: "kiosk",
    body: z.object({ reason: z.string() }),
    response: sessionView,
    handle: ({ caller, params, body }) =>
      caller.sessions.fail({ ...asObject(body), id: params.id ?? "" } as { id: string; reason: string }),
  },
  {
    method: "POST",
    path: "/api/sessions/:id/cancel",
    summary: "Cancel a session",
    tier: "kiosk",
    response: sessionView,
    handle: ({ caller, params }) => caller.sessions.cancel({ id: params.id ?? "" }),
  },
];
