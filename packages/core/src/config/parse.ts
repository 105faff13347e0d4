import {
  adapterNamed,
  adapterSelectors,
  getPath,
  type AdapterKind,
  type AdapterSettings,
  type ConfigAdapters,
  type SettingsIssue,
  type ValueKind,
} from "./adapters";
import { configSchema, deviceConfigIssues, effectivePaymentProvider, type Config } from "./schema";

/** Environment variables of the core keys and the config path each one overrides; adapters declare their own. */
export const envBindings = {
  AGENT_ENV: { path: ["environment"], kind: "string" },
  PORT: { path: ["server", "port"], kind: "number" },
  HOST: { path: ["server", "host"], kind: "string" },
  TRUST_PROXY: { path: ["server", "trustProxy"], kind: "boolean" },
  TRUSTED_PROXIES: { path: ["server", "trustedProxies"], kind: "list" },
  RATE_LIMIT_PER_MINUTE: { path: ["server", "rateLimitPerMinute"], kind: "number" },
  STORAGE_PATH: { path: ["storagePath"], kind: "string" },
  REPORTS_PATH: { path: ["reportsPath"], kind: "string" },
  LOG_LEVEL: { path: ["logLevel"], kind: "string" },
  TIMEZONE: { path: ["timezone"], kind: "string" },
  PAYMENTS_PROVIDER: { path: ["payments", "provider"], kind: "string" },
  EMAIL_PROVIDER: { path: ["email", "provider"], kind: "string" },
  EMAIL_FROM: { path: ["email", "from"], kind: "string" },
  SMS_PROVIDER: { path: ["sms", "provider"], kind: "string" },
  SMS_FROM: { path: ["sms", "from"], kind: "string" },
  KIOSK_API_TOKEN: { path: ["auth", "kioskToken"], kind: "string" },
  OPERATOR_API_TOKEN: { path: ["auth", "operatorToken"], kind: "string" },
  FLEET_URL: { path: ["fleet", "url"], kind: "string" },
  KIOSK_ID: { path: ["fleet", "kioskId"], kind: "string" },
  FLEET_TOKEN: { path: ["fleet", "token"], kind: "string" },
  FLEET_ENROLL_CODE: { path: ["fleet", "enrollCode"], kind: "string" },
  FLEET_AUDIT_CHECK_INTERVAL_MS: { path: ["fleet", "auditCheckIntervalMs"], kind: "number" },
  OBD_DRIVER: { path: ["devices", "obd", "driver"], kind: "string" },
  OBD_PORT: { path: ["devices", "obd", "port"], kind: "string" },
  OBD_BAUD_RATE: { path: ["devices", "obd", "baudRate"], kind: "string" },
  OBD_SIMULATOR_PROFILE: { path: ["devices", "obd", "simulatorProfile"], kind: "string" },
  REPORT_LINK_WAIT_MS: { path: ["reports", "linkWaitMs"], kind: "number" },
  GAUGE_DRIVER: { path: ["devices", "gauge", "driver"], kind: "string" },
  GAUGE_PORT: { path: ["devices", "gauge", "port"], kind: "string" },
  GAUGE_BAUD_RATE: { path: ["devices", "gauge", "baudRate"], kind: "number" },
  GAUGE_SIMULATOR_INTERVAL_MS: { path: ["devices", "gauge", "simulatorIntervalMs"], kind: "number" },
  LOCKER_DRIVER: { path: ["devices", "locker", "driver"], kind: "string" },
  LOCKER_PORT: { path: ["devices", "locker", "port"], kind: "string" },
  LOCKER_OPEN_TIMEOUT_MS: { path: ["devices", "locker", "openTimeoutMs"], kind: "number" },
  LOCKER_RETURN_TIMEOUT_MS: { path: ["devices", "locker", "returnTimeoutMs"], kind: "number" },
  LOCKER_SIMULATOR_SCENARIO: { path: ["devices", "locker", "simulatorScenario"], kind: "string" },
  LOCKER_SIMULATOR_CLOSE_AFTER_MS: { path: ["devices", "locker", "simulatorCloseAfterMs"], kind: "number" },
} as const satisfies Record<string, { path: readonly string[]; kind: ValueKind }>;

/** Core config keys that may only come from the environment; adapters mark their own secrets. */
export const secretPaths: readonly (readonly string[])[] = [["auth"], ["fleet", "token"], ["fleet", "enrollCode"]];

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export type EnvLike = Record<string, string | undefined>;

/** An adapter's section with where it sits: the unit the parse walks. */
interface Section {
  kind: AdapterKind;
  name: string;
  settings: AdapterSettings;
}

const sectionsOf = (adapters: ConfigAdapters | undefined): Section[] =>
  adapters
    ? (Object.keys(adapterSelectors) as AdapterKind[]).flatMap((kind) =>
        (adapters[kind] ?? []).flatMap((adapter) =>
          adapter.settings ? [{ kind, name: adapter.name, settings: adapter.settings }] : [],
        ),
      )
    : [];

/** Every variable config reads, core and adapters', with the full path each sets. */
export function allEnvBindings(
  adapters?: ConfigAdapters,
): Map<string, { path: readonly string[]; kind: ValueKind; secret: boolean }> {
  const bindings = new Map<string, { path: readonly string[]; kind: ValueKind; secret: boolean }>();
  for (const [name, binding] of Object.entries(envBindings)) bindings.set(name, { ...binding, secret: false });
  for (const { settings, name: adapter } of sectionsOf(adapters)) {
    for (const [name, variable] of Object.entries(settings.env ?? {})) {
      if (bindings.has(name)) throw new Error(`${name} is declared twice (again by the "${adapter}" adapter)`);
      bindings.set(name, {
        path: [...settings.path, variable.key],
        kind: variable.kind ?? "string",
        secret: variable.secret ?? false,
      });
    }
  }
  return bindings;
}

function coerce(raw: string, kind: ValueKind): unknown {
  if (kind === "list")
    return raw
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  if (kind === "number") return raw.trim() === "" ? raw : Number(raw);
  if (kind === "boolean") return raw === "true" || raw === "1" ? true : raw === "false" || raw === "0" ? false : raw;
  return raw;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    node[key] = next !== null && typeof next === "object" ? { ...next } : {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] as string] = value;
}

/** Takes an adapter's section out of the merged input, dropping parents it leaves empty. */
function takePath(target: Record<string, unknown>, path: readonly string[]): unknown {
  const parents: Record<string, unknown>[] = [];
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    parents.push(node as Record<string, unknown>);
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node !== "object") return undefined;
  const leaf = path[path.length - 1] as string;
  const taken = (node as Record<string, unknown>)[leaf];
  delete (node as Record<string, unknown>)[leaf];
  // Only the parents an adapter added go (payments.providers); a core section left empty stays.
  for (let i = parents.length - 1; i >= 1; i--) {
    const child = path[i] as string;
    const parent = parents[i] as Record<string, unknown>;
    const value = parent[child];
    if (value !== null && typeof value === "object" && Object.keys(value).length === 0) delete parent[child];
  }
  return taken;
}

/**
 * Parses file + env into a Config, or throws a ConfigError naming every bad key.
 * `adapters` are the payment providers and channels the agent was built with:
 * their sections and variables join the core ones, the names that pick them are
 * checked, and the one picked of each kind must have its required variables.
 */
export function parseConfig(file: unknown, env: EnvLike, adapters?: ConfigAdapters): Config {
  const merged: Record<string, unknown> =
    file !== null && typeof file === "object" ? structuredClone(file as Record<string, unknown>) : {};
  const bindings = allEnvBindings(adapters);
  const secrets = [...secretPaths, ...[...bindings.values()].filter((b) => b.secret).map((b) => b.path)];
  for (const path of secrets) {
    if (getPath(merged, path) !== undefined) {
      throw new ConfigError(
        `${path.join(".")}: secrets are read from the environment only, remove them from the config file`,
      );
    }
  }
  const pathToEnv = new Map<string, string>();
  for (const [name, binding] of bindings) {
    pathToEnv.set(binding.path.join("."), name);
    const raw = env[name];
    if (raw !== undefined && raw !== "") setPath(merged, binding.path, coerce(raw, binding.kind));
  }
  const sections = sectionsOf(adapters);
  const inputs = sections.map((section) => takePath(merged, section.settings.path));
  const issues: SettingsIssue[] = [];
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success)
    issues.push(...parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })));
  const config = parsed.data as (Config & Record<string, unknown>) | undefined;
  sections.forEach((section, index) => {
    const result = section.settings.schema.safeParse(inputs[index] ?? {});
    if (!result.success) {
      const at = section.settings.path;
      issues.push(...result.error.issues.map((i) => ({ path: [...at, ...i.path.map(String)], message: i.message })));
    } else if (config) setPath(config, section.settings.path, result.data);
  });
  const valid = issues.length === 0 ? config : undefined;
  if (adapters) issues.push(...selectionIssues(merged, valid, adapters));
  if (valid) issues.push(...deviceConfigIssues(valid));
  if (config && issues.length === 0) return config;
  const problems = issues.map((issue) => {
    const key = issue.path.join(".") || "(root)";
    const envName = pathToEnv.get(key);
    return `${envName ? `${envName} (${key})` : key}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
}

/**
 * The adapter each kind picks must exist, suit the environment and have what it
 * cannot run without. Names are checked even when other keys are bad (from the
 * input as given), so one start error lists every problem it can.
 */
function selectionIssues(
  merged: Record<string, unknown>,
  config: (Config & Record<string, unknown>) | undefined,
  adapters: ConfigAdapters,
): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const kind of Object.keys(adapterSelectors) as AdapterKind[]) {
    const known = adapters[kind];
    if (!known) continue;
    const selector = adapterSelectors[kind];
    const given = getPath(merged, selector.path);
    const name = config
      ? kind === "payments"
        ? effectivePaymentProvider(config)
        : config[kind].provider
      : typeof given === "string"
        ? given.trim()
        : undefined;
    if (name === undefined) continue;
    const adapter = adapterNamed(known, name);
    if (!adapter) {
      const names = known.map((a) => a.name).join(", ");
      issues.push({ path: selector.path, message: `no ${selector.noun} "${name}"; registered: ${names}` });
      continue;
    }
    if (!config) continue;
    if (kind === "payments" && config.environment === "PROD" && !adapter.takesRealMoney) {
      issues.push({
        path: selector.path,
        message: `"${name}" takes no real money; AGENT_ENV=PROD needs one that does`,
      });
      continue;
    }
    const settings = adapter.settings;
    if (!settings) continue;
    const section = getPath(config, settings.path) as Record<string, unknown>;
    const required = Object.entries(settings.env ?? {}).filter(([, v]) => v.required ?? v.secret ?? false);
    const missing = required.filter(([, v]) => section[v.key] === undefined || section[v.key] === "").map(([n]) => n);
    if (missing.length > 0) {
      const who = kind === "payments" && config.environment === "PROD" ? "AGENT_ENV=PROD" : `${selector.env}=${name}`;
      const what = settings.requiredLabel ?? required.map(([n]) => n).join(" and ");
      issues.push({ path: settings.path, message: `${who} needs ${what}; missing ${missing.join(", ")}` });
      continue;
    }
    issues.push(...(settings.check?.(section, config) ?? []));
  }
  return issues;
}

/**
 * A setting an adapter declared required, read in its factory: parseConfig has
 * refused to start without it while the adapter runs, so a miss here is a bug in
 * the caller that built the config some other way, never an empty string let through.
 */
export function requiredSetting<T>(value: T | undefined, variable: string): T {
  if (value === undefined || value === "") throw new ConfigError(`${variable} is required`);
  return value;
}
