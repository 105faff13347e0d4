import fc from "fast-check";

/**
 * Hostile input for the backoffice's fuzz tests: poison values, JSON that
 * breaks parsers and stores, and kiosk batches that are mostly valid with one
 * field poisoned, so the poison reaches the code behind the schema.
 */
export const poison = fc.constantFrom<unknown>(
  ...["\u0000", "device\u0000error", "\ud800", "\udfff", "a\udfffb", "", "NaN", "Infinity", "-Infinity", "1e309"],
  ...[9e15, 2 ** 31, 2 ** 31 - 1, 1e300, -1, 0.5, -0, Number.MAX_SAFE_INTEGER, 253_402_300_800_000],
  ...["__proto__", "constructor", null, true, [], {}, [null], { toString: 1 }],
);
const hugeString = fc.constantFrom(5_000, 40_000, 200_000).map((n) => "я".repeat(n));
export const unicode = fc.string({ unit: "binary", maxLength: 64 });
export const leaf = fc.oneof(
  { arbitrary: poison, weight: 4 },
  hugeString,
  unicode,
  fc.integer(),
  fc.double(),
  fc.boolean(),
);
export const keys = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "json", "meta", "kioskId", "events", "eventId"),
  fc.constantFrom("event", "entityType", "entityId", "at", "payload", "details", "snapshot", "amount", "version"),
  fc.constantFrom("status", "from", "to", "limit", "entityId"),
  unicode,
);
/** JSON values leaning toward what breaks parsers and stores. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(keys, tie("value"), { maxKeys: 5 }),
  ),
})).value;
export const hostileJsonText = hostileJson.map((value) => JSON.stringify(value) ?? "null");
/** Nesting far past any recursion limit, written as text (no JavaScript value that deep can be stringified). */
export const deepText = fc
  .tuple(fc.constantFrom(50, 500, 5_000, 20_000), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth));

/** A copy of `value` with `path` set as an own property, `__proto__` included (an assignment would set the prototype). */
export function poisoned(value: Record<string, unknown>, path: string[], to: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let node = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      Object.defineProperty(node, key, { value: to, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = next !== null && typeof next === "object" ? (next as Record<string, unknown>) : (node[key] = {});
  });
  return copy;
}

const snapshot = (n: number) => ({
  sessionId: `ses_fz_${n}`,
  amount: 48000,
  currency: "RUB",
  status: "confirmed",
  refundedAmount: 0,
  provider: "emulator",
  createdAt: 1_000,
  confirmedAt: 2_000,
  updatedAt: 2_000,
  version: n,
});
/** An event the contract takes, of any entity type. */
export const validEvent = fc
  .tuple(fc.constantFrom("session", "payment", "report", "delivery"), fc.nat({ max: 10_000 }))
  .map(([type, n]) => ({
    eventId: `evt_fz_${type}_${n}`,
    event: type === "payment" ? "payment.confirmed" : type === "session" ? "session.created" : "report.generated",
    entityType: type,
    entityId: `${type.slice(0, 3)}_fz_${n % 50}`,
    at: 1_700_000_000_000 + n,
    payload: { details: { reason: "ok", n }, snapshot: type === "payment" ? snapshot(n) : null },
  }));
const fieldPath = fc.constantFrom(
  ...["eventId", "event", "entityType", "entityId", "at", "payload", "__proto__", "extra"],
  ...["payload.details", "payload.details.reason", "payload.details.__proto__", "payload.details.a.b.c"],
  ...["payload.details.constructor", "payload.details.prototype", "payload.snapshot.constructor.prototype"],
  ...["payload.snapshot", "payload.__proto__", "payload.snapshot.__proto__", "payload.snapshot.amount"],
  ...["payload.snapshot.refundedAmount", "payload.snapshot.version", "payload.snapshot.createdAt"],
  ...["payload.snapshot.confirmedAt", "payload.snapshot.status", "payload.snapshot.sessionId"],
  ...["payload.snapshot.currency", "payload.snapshot.provider", "payload.snapshot.updatedAt"],
);
/** A valid event with one field (or a new one) set to something hostile. */
export const poisonedEvent = fc
  .tuple(validEvent, fieldPath, fc.oneof({ arbitrary: poison, weight: 3 }, leaf, hostileJson))
  .map(([event, path, to]) => poisoned(event, path.split("."), to));
/** A kiosk-1 batch, mostly well formed, its events valid, poisoned or anything. */
export const batch = fc.record({
  kioskId: fc.oneof({ arbitrary: fc.constant<unknown>("kiosk-1"), weight: 12 }, leaf),
  version: fc.oneof({ arbitrary: fc.constantFrom<unknown>(undefined, "1.2.3"), weight: 12 }, leaf),
  events: fc.oneof(
    {
      arbitrary: fc.array(fc.oneof(validEvent, poisonedEvent, poisonedEvent, hostileJson), { maxLength: 6 }),
      weight: 12,
    },
    leaf,
  ),
});
/** A valid batch around one event whose details are `deep`: past the contract's depth limit. */
const deepEventText = deepText.map(
  (deep) =>
    `{"kioskId":"kiosk-1","events":[{"eventId":"evt_deep","event":"session.created","entityType":"session","entityId":"ses_deep","at":1,"payload":{"details":{"d":${deep}},"snapshot":null}}]}`,
);
/** A body for POST /api/ingest (or the `json` of /trpc/ingest). */
export const ingestText = fc.oneof(
  { arbitrary: batch.map((value) => JSON.stringify(value)), weight: 8 },
  { arbitrary: hostileJsonText, weight: 2 },
  { arbitrary: deepText, weight: 1 },
  { arbitrary: deepEventText, weight: 2 },
  { arbitrary: fc.constantFrom("", "{not json", "null", "[]", '{"kioskId":"kiosk-1"'), weight: 1 },
  { arbitrary: unicode, weight: 1 },
);

/** What superjson's `meta` may say a value is: it turns the JSON into a BigInt, a Date, a Map... before any schema. */
const annotation = fc.oneof(
  {
    arbitrary: fc.constantFrom(["bigint"], ["Date"], ["undefined"], ["set"], ["map"], ["regexp"], ["number"]),
    weight: 6,
  },
  fc.constantFrom<unknown>(["Error"], ["URL"], [["class", "Nope"]], [["symbol", "nope"]], [["custom", "nope"]]),
  fc.constantFrom<unknown>([["typed-array", "Uint8Array"]], "bigint", ["set", {}], [], [["bigint"]], {}),
);
const escapeKey = (key: string) => key.replaceAll("\\", "\\\\").replaceAll(".", "\\.");
/** Every path in a JSON value, as superjson writes them (at most 200, 10 deep). */
function pathsOf(value: unknown): string[] {
  const paths: string[] = [];
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length > 0 && paths.length < 200) {
    const [node, path] = stack.pop() as [unknown, string[]];
    if (path.length > 0) paths.push(path.map(escapeKey).join("."));
    if (node === null || typeof node !== "object" || path.length >= 10) continue;
    for (const [key, child] of Object.entries(node)) stack.push([child, [...path, key]]);
  }
  return paths;
}

/** tRPC's wire input: superjson's `{ json, meta }`. */
export const trpcInput = (json: string, meta?: unknown) =>
  meta === undefined ? `{"json":${json}}` : `{"json":${json},"meta":${JSON.stringify(meta)}}`;

/** `json` with annotations on paths it has (or hostile meta); the same when it is not JSON. */
export const annotated = (json: string) =>
  fc
    .tuple(fc.array(fc.tuple(fc.nat(), annotation), { minLength: 1, maxLength: 3 }), hostileJson, fc.nat({ max: 4 }))
    .map(([picks, hostileMeta, pick]) => {
      if (pick === 0) return trpcInput(json, hostileMeta);
      let paths: string[];
      try {
        paths = pathsOf(JSON.parse(json));
      } catch {
        return trpcInput(json);
      }
      if (paths.length === 0) return trpcInput(json);
      const values = Object.fromEntries(picks.map(([n, type]) => [paths[n % paths.length] as string, type]));
      return trpcInput(json, { values });
    });

/** tRPC input text: plain, annotated, or not even superjson's shape. */
export const trpcText = (json: fc.Arbitrary<string>) =>
  json.chain((text) =>
    fc.oneof(
      { arbitrary: fc.constant(trpcInput(text)), weight: 2 },
      { arbitrary: annotated(text), weight: 2 },
      fc.constant(text),
    ),
  );
