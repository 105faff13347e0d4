import { createContext, useContext } from "react";
import type { Answer, ConsoleApi } from "./api";

/** The signed-in person, as `auth.me` and `auth.login` answer. */
export type Operator = NonNullable<Answer<ConsoleApi["auth"]["me"]["query"]>>["operator"];
export type Role = Operator["role"];

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** Whether `operator` may do what needs `role`: the console offers only those actions (the server checks anyway). */
export const mayAct = (operator: Operator, role: Role): boolean => rank[operator.role] >= rank[role];

export interface Session {
  api: ConsoleApi;
  operator: Operator;
  /** The kiosk's own time zone, from the overview; the default zone for a kiosk that has not said one. */
  timeZoneOf: (kioskId: string) => string;
  /** Back to the login form (the server said the session is over). */
  signedOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a signed-in console");
  return session;
}
