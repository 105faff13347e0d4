/**
 * Cars (and adapters) the ELM327 simulator can be plugged into, as data: the
 * simulator interprets these, nothing here runs. Each profile says in its comment
 * exactly what a scan of it yields, so tests and the closing note can rely on it.
 */

/** ELM327 protocol numbers (AT SP h): 1-5 the legacy buses, 6-9 ISO 15765-4 CAN. */
export type ProtocolNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** The names AT DP prints (the datasheet's protocol table, as the chip spells them). */
export const PROTOCOL_NAMES: Record<number, string> = {
  1: "SAE J1850 PWM",
  2: "SAE J1850 VPW",
  3: "ISO 9141-2",
  4: "ISO 14230-4 (KWP 5BAUD)",
  5: "ISO 14230-4 (KWP FAST)",
  6: "ISO 15765-4 (CAN 11/500)",
  7: "ISO 15765-4 (CAN 29/500)",
  8: "ISO 15765-4 (CAN 11/250)",
  9: "ISO 15765-4 (CAN 29/250)",
  10: "SAE J1939 (CAN 29/250)",
  11: "USER1 (CAN 11/125)",
  12: "USER2 (CAN 11/50)",
};

export const isCan = (protocol: number): boolean => protocol >= 6;
export const is29Bit = (protocol: number): boolean => protocol === 7 || protocol === 9 || protocol === 10;

export interface EcuProfile {
  /** For the reader and the test names: "engine", "transmission". */
  label: string;
  /**
   * CAN 11-bit: the ECU's response ID (0x7E8; it listens on ID - 8). CAN 29-bit and
   * the legacy buses: its source address (0x10), shown as `18 DA F1 10` / `48 6B 10`.
   */
  address: number;
  /** Whether this ECU commands the MIL (bit 7 of 01 01 byte A). */
  mil: boolean;
  /** Mode 03. */
  stored: string[];
  /** Mode 07; undefined: the ECU does not support the mode (no answer, so NO DATA if nobody does). */
  pending?: string[];
  /** Mode 0A (CAN cars of 2010 on); undefined: unsupported, as on every legacy-bus car. */
  permanent?: string[];
  /** 01 01 bytes B, C, D (readiness: tests supported / not complete). */
  readiness?: [number, number, number];
  /** Mode 01 data bytes by PID beyond 00/20/40 (computed from these keys) and 01 (computed from the codes). */
  pids: Record<number, number[]>;
  /** Mode 09 02; undefined: no VIN from this ECU. */
  vin?: string;
  /** CAN frame padding byte (ISO 15765-4 frames are always 8 bytes); 0x00 unless said. */
  padding?: number;
}

export interface AdapterProfile {
  /** ATZ / ATWS / ATI. */
  banner: string;
  /** AT@1; genuine chips print "OBDII to RS232 Interpreter". */
  description: string;
  /** Bytes the adapter emits before the banner on reset (a clone's UART glitch: "\xfc"). */
  resetGarbage: string;
  /** Blank lines before the banner on reset: the genuine chip prints two (`\r\rELM327 v1.5`). */
  resetBlankLines: number;
  /** A clone quirk: every line ends with one CR, ATL1 is ignored, no blank line before the prompt. */
  singleCr: boolean;
  /** AT L's power-on value: set by the chip's pin 7, low (L0) on most adapter boards. */
  linefeedsDefault: boolean;
  /** AT commands (the text after "AT", up to the arguments) the adapter answers "?" to. */
  unsupported: string[];
}

/** Deliberate delays, in ms. Real chips: ATZ ~1000, a search 1-5 s, a slow (5 baud) bus init ~2.5 s. */
export interface Timing {
  /** Before every answer, AT or OBD (the "late" adapter: 500). */
  commandMs: number;
  /** Before an OBD answer (the car's and the chip's own response time). */
  obdMs: number;
  /** ATZ (the chip's LED test). */
  resetMs: number;
  /** ATWS. */
  warmStartMs: number;
  /** An automatic protocol search, from SEARCHING... to the answer. */
  searchMs: number;
  /** A legacy bus initiation (BUS INIT: ...). */
  busInitMs: number;
}

export type ErrorAnswer =
  "NO DATA" | "UNABLE TO CONNECT" | "BUS INIT: ...ERROR" | "CAN ERROR" | "BUS ERROR" | "BUFFER FULL" | "ERR94" | "?";

/** An error the profile makes the adapter answer instead of the car's data. */
export interface Fault {
  /** The OBD request it applies to, hex without spaces ("03"); any request when absent. */
  request?: string;
  /** Only the nth OBD request (1-based, counted over the link's life). */
  nth?: number;
  answer: ErrorAnswer;
  /** How many times it fires; unlimited when absent. */
  times?: number;
}

export interface CarProfile {
  name: string;
  adapter: AdapterProfile;
  /** The car's bus; null: the adapter is not in a car. */
  protocol: ProtocolNumber | null;
  ignition: boolean;
  /** AT RV (pin 16: the car's battery, or whatever leaks in when the adapter is not in a car). */
  batteryVolts: number;
  ecus: EcuProfile[];
  timing: Timing;
  faults?: Fault[];
  /** Answer this many OBD requests, then unplug the link when the next one arrives (mid-scan). */
  unplugAfterObdRequests?: number;
  /** Two ECUs' frames alternate (as they do on a bus) instead of one ECU after the other. Default true. */
  interleave?: boolean;
}

/** A genuine ELM327 v1.5 (as Elm Electronics' datasheet describes it). */
export const genuineAdapter: AdapterProfile = {
  banner: "ELM327 v1.5",
  description: "OBDII to RS232 Interpreter",
  resetGarbage: "",
  resetBlankLines: 2,
  singleCr: false,
  linefeedsDefault: false,
  unsupported: [],
};

/**
 * A cheap "v1.5" clone (really a v2.1 firmware relabelled, as FORScan's forum and
 * ELMduino's issues describe them): a garbage byte before the banner on reset, no
 * blank line before the banner or the prompt, single CRs even after ATL1, and "?" to
 * what it lacks. It lacks the commands a plain OBD reader never needs: AT@1/@2 (the
 * identity strings), ATMA (monitoring: a reported v1.5 clone answers "?"), ATIGN,
 * ATCS, the programmable parameters (ATPP, ATPPS), ATBRD (baud divisor), ATLP, ATFE,
 * ATKW. It keeps what every OBD app sends (Z E L S H SP DP DPN RV AT ST CAF PC), or
 * no app would work with it, and so must our driver.
 */
export const cloneAdapter: AdapterProfile = {
  banner: "ELM327 v1.5",
  description: "",
  resetGarbage: "\xfc",
  resetBlankLines: 0,
  singleCr: true,
  linefeedsDefault: false,
  unsupported: ["@1", "@2", "MA", "IGN", "CS", "PP", "PPS", "BRD", "LP", "FE", "KW"],
};

/** Small delays for tests: a scan runs in tens of ms. */
export const fastTiming: Timing = { commandMs: 0, obdMs: 3, resetMs: 5, warmStartMs: 2, searchMs: 10, busInitMs: 5 };

/** A real chip's delays, for manual runs (cli --real-timing). */
export const realTiming: Timing = {
  commandMs: 0,
  obdMs: 60,
  resetMs: 1000,
  warmStartMs: 100,
  searchMs: 1500,
  busInitMs: 2600,
};

// Mode 01 data of a warm idling petrol engine: 05 coolant 83 C, 0C 775 rpm, 0D 0 km/h,
// 0F intake 28 C, 11 throttle 15 %, 1C OBD standard (EOBD and OBD II).
const engineIdle: Record<number, number[]> = {
  0x05: [0x7b],
  0x0c: [0x0c, 0x1c],
  0x0d: [0x00],
  0x0f: [0x44],
  0x11: [0x26],
  0x1c: [0x03],
};
// Spark engine, misfire/fuel/components tested and complete; catalyst, evap, O2, O2 heater, EGR supported.
const sparkReadiness: [number, number, number] = [0x07, 0xe5, 0x00];

const can11Ecus: EcuProfile[] = [
  {
    label: "engine",
    address: 0x7e8,
    mil: true,
    stored: ["P0133", "P0171", "P0300", "P0420", "P0442", "P0128", "U0100"],
    pending: ["P0301"],
    permanent: ["P0420"],
    readiness: sparkReadiness,
    pids: engineIdle,
    vin: "1HGCM82633A004352",
  },
  {
    label: "transmission",
    address: 0x7e9,
    mil: false,
    stored: ["P0715", "P0741"],
    pending: [],
    permanent: [],
    readiness: [0x00, 0x00, 0x00],
    pids: { 0x0d: [0x00] },
    // Some ECUs pad with 0x55 or 0xAA; a parser that trusts the padding shows it here.
    padding: 0x55,
  },
];

/**
 * can11: ISO 15765-4 CAN 11-bit 500k (protocol 6), ignition on, 12.6 V, MIL on,
 * VIN 1HGCM82633A004352 (from 7E8). 9 stored codes:
 * - 7E8 engine: stored P0133 P0171 P0300 P0420 P0442 P0128 U0100 (mode 03 is a
 *   3-frame ISO-TP answer), pending P0301, permanent P0420;
 * - 7E9 transmission (pads frames with 55): stored P0715 P0741, pending none, permanent none.
 */
export const can11: CarProfile = {
  name: "can11",
  adapter: genuineAdapter,
  protocol: 6,
  ignition: true,
  batteryVolts: 12.6,
  ecus: can11Ecus,
  timing: fastTiming,
};

/**
 * can29: ISO 15765-4 CAN 29-bit 500k (protocol 7), 12.4 V, MIL on, VIN WVWZZZ1KZAW123456.
 * - 18 DA F1 10 engine: stored P0455 P2187, pending P0456, permanent P0455;
 * - 18 DA F1 28 chassis: stored C1234 B0001, pending none, permanent none.
 */
export const can29: CarProfile = {
  name: "can29",
  adapter: genuineAdapter,
  protocol: 7,
  ignition: true,
  batteryVolts: 12.4,
  ecus: [
    {
      label: "engine",
      address: 0x10,
      mil: true,
      stored: ["P0455", "P2187"],
      pending: ["P0456"],
      permanent: ["P0455"],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "WVWZZZ1KZAW123456",
      padding: 0xaa,
    },
    { label: "chassis", address: 0x28, mil: false, stored: ["C1234", "B0001"], pending: [], permanent: [], pids: {} },
  ],
  timing: fastTiming,
};

/**
 * iso9141: ISO 9141-2 (protocol 3), 12.5 V, MIL on, VIN JT2AE92E0K3123456 (5 lines).
 * - 10 engine: stored P0107 P0113 P0340 P0505 (two 03 lines, the second padded), pending P0118;
 *   mode 0A unsupported (NO DATA).
 */
export const iso9141: CarProfile = {
  name: "iso9141",
  adapter: genuineAdapter,
  protocol: 3,
  ignition: true,
  batteryVolts: 12.5,
  ecus: [
    {
      label: "engine",
      address: 0x10,
      mil: true,
      stored: ["P0107", "P0113", "P0340", "P0505"],
      pending: ["P0118"],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "JT2AE92E0K3123456",
    },
  ],
  timing: fastTiming,
};

/**
 * kwp2000: ISO 14230-4 KWP fast init (protocol 5), 12.7 V, MIL on, VIN KMHDN41BP6U123456.
 * - 10 engine: stored P0300 P0302 P0303 (one full 03 line), pending none; 0A unsupported;
 * - 18 transmission: stored P0705, no mode 07 or 0A.
 */
export const kwp2000: CarProfile = {
  name: "kwp2000",
  adapter: genuineAdapter,
  protocol: 5,
  ignition: true,
  batteryVolts: 12.7,
  ecus: [
    {
      label: "engine",
      address: 0x10,
      mil: true,
      stored: ["P0300", "P0302", "P0303"],
      pending: [],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "KMHDN41BP6U123456",
    },
    { label: "transmission", address: 0x18, mil: false, stored: ["P0705"], pids: {} },
  ],
  timing: fastTiming,
};

/**
 * j1850: SAE J1850 PWM (protocol 1, Ford), 12.3 V, MIL on, VIN 1FAFP40441F123456.
 * - 10 engine: stored P0401 P1131, pending P0402; 0A unsupported.
 */
export const j1850: CarProfile = {
  name: "j1850",
  adapter: genuineAdapter,
  protocol: 1,
  ignition: true,
  batteryVolts: 12.3,
  ecus: [
    {
      label: "engine",
      address: 0x10,
      mil: true,
      stored: ["P0401", "P1131"],
      pending: ["P0402"],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "1FAFP40441F123456",
    },
  ],
  timing: fastTiming,
};

/**
 * j1850vpw: SAE J1850 VPW (protocol 2, GM), 12.4 V, MIL on, VIN 1G1JC5244T7123456.
 * - 10 engine: stored P0171 P0174 P0300 P0325 P1406 (two 03 lines), pending none; 0A unsupported.
 */
export const j1850vpw: CarProfile = {
  name: "j1850vpw",
  adapter: genuineAdapter,
  protocol: 2,
  ignition: true,
  batteryVolts: 12.4,
  ecus: [
    {
      label: "engine",
      address: 0x10,
      mil: true,
      stored: ["P0171", "P0174", "P0300", "P0325", "P1406"],
      pending: [],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "1G1JC5244T7123456",
    },
  ],
  timing: fastTiming,
};

/**
 * noIgnition: the can11 car with the key off: 12.2 V; every OBD request on auto is
 * `SEARCHING...` then `UNABLE TO CONNECT` (on a manually set protocol: CAN ERROR for
 * CAN, `BUS INIT: ...ERROR` for ISO/KWP). `sim.setIgnition(true)` turns the key: then
 * it yields what can11 yields.
 */
export const noIgnition: CarProfile = { ...can11, name: "noIgnition", ignition: false, batteryVolts: 12.2 };

/** noCar: the adapter on a bench (0.4 V on pin 16, no bus): OBD requests UNABLE TO CONNECT; no codes. */
export const noCar: CarProfile = {
  name: "noCar",
  adapter: genuineAdapter,
  protocol: null,
  ignition: false,
  batteryVolts: 0.4,
  ecus: [],
  timing: fastTiming,
};

/**
 * clone15: a cheap v1.5 clone (see cloneAdapter) in a CAN 11-bit car, 12.6 V, MIL on,
 * VIN Z94CT41DBER123456.
 * - 7E8 engine: stored P0101 P0102 P0103 P0104 (a 2-frame 03 answer), pending none, permanent none.
 */
export const clone15: CarProfile = {
  name: "clone15",
  adapter: cloneAdapter,
  protocol: 6,
  ignition: true,
  batteryVolts: 12.6,
  ecus: [
    {
      label: "engine",
      address: 0x7e8,
      mil: true,
      stored: ["P0101", "P0102", "P0103", "P0104"],
      pending: [],
      permanent: [],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "Z94CT41DBER123456",
    },
  ],
  timing: fastTiming,
};

/** late: the can11 car behind an adapter whose every answer (ATZ's banner too) comes 500 ms late. Codes as can11. */
export const late: CarProfile = { ...can11, name: "late", timing: { ...fastTiming, commandMs: 500 } };

/**
 * unplugged: the can11 car; the adapter answers 3 OBD requests, then the link is
 * unplugged when the 4th arrives (a scan's 0100, 0101, 03 answered, 07 never).
 */
export const unplugged: CarProfile = { ...can11, name: "unplugged", unplugAfterObdRequests: 3 };

/** clean: CAN 11-bit, 12.6 V, MIL off, VIN XTA210930Y2765432; 7E8 engine: no stored, pending or permanent codes. */
export const clean: CarProfile = {
  name: "clean",
  adapter: genuineAdapter,
  protocol: 6,
  ignition: true,
  batteryVolts: 12.6,
  ecus: [
    {
      label: "engine",
      address: 0x7e8,
      mil: false,
      stored: [],
      pending: [],
      permanent: [],
      readiness: sparkReadiness,
      pids: engineIdle,
      vin: "XTA210930Y2765432",
    },
  ],
  timing: fastTiming,
};

export const profiles = {
  can11,
  can29,
  iso9141,
  kwp2000,
  j1850,
  j1850vpw,
  noIgnition,
  noCar,
  clone15,
  late,
  unplugged,
  clean,
} satisfies Record<string, CarProfile>;

export type ProfileName = keyof typeof profiles;
