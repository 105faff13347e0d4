import type { ObdProtocol } from "../obd";

/** What `ATDPN`'s number means (ELM327 datasheet, "AT SP"), as the report names it. */
export const protocolNames: Record<ObdProtocol, string> = {
  "1": "SAE J1850 PWM",
  "2": "SAE J1850 VPW",
  "3": "ISO 9141-2",
  "4": "ISO 14230-4 KWP (5 baud init)",
  "5": "ISO 14230-4 KWP (fast init)",
  "6": "ISO 15765-4 CAN (11 bit, 500 kbaud)",
  "7": "ISO 15765-4 CAN (29 bit, 500 kbaud)",
  "8": "ISO 15765-4 CAN (11 bit, 250 kbaud)",
  "9": "ISO 15765-4 CAN (29 bit, 250 kbaud)",
  A: "SAE J1939 CAN (29 bit, 250 kbaud)",
  B: "User1 CAN (11 bit, 125 kbaud)",
  C: "User2 CAN (11 bit, 50 kbaud)",
};
