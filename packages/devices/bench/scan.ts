/**
 * A full OBD-II scan of the CAN profile through the real driver, serial link and
 * PTY, against the simulator pacing its bytes at 38400 baud with a real chip's
 * delays. Prints JSON: the scan's time and its anchor, the simulator's own time
 * (its delays) plus the wire time of every byte both ways (10 bits a byte).
 */
import { Elm327 } from "../src/elm327/driver";
import { readVehicle } from "../src/scan/read-vehicle";
import { serialLinkOpener } from "../src/serial-link";
import { profiles, realTiming, serveSimulator, type SimulatorStats } from "../src/simulator";

const rounds = Number(process.argv[2] ?? "3");
const baudRate = 38400;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

const scans: number[] = [];
const anchors: number[] = [];
let last: { waitedMs: number; wireMs: number; bytes: number } = { waitedMs: 0, wireMs: 0, bytes: 0 };
for (let round = 0; round < rounds; round++) {
  const device = await serveSimulator({ profile: profiles.can11, baudRate, timing: realTiming });
  const elm = await Elm327.open(serialLinkOpener(device.driverPath), { baudRate });
  const before: SimulatorStats = structuredClone(device.simulator.stats);
  const started = performance.now();
  const reading = await readVehicle(elm, () => undefined);
  const elapsed = performance.now() - started;
  const after = device.simulator.stats;
  if (reading.ecus.flatMap((ecu) => ecu.stored).length !== 9) throw new Error("the scan did not read the 9 codes");
  last = {
    waitedMs: after.waitedMs - before.waitedMs,
    wireMs: after.wireMs - before.wireMs,
    bytes: after.bytesReceived + after.bytesSent - before.bytesReceived - before.bytesSent,
  };
  scans.push(elapsed);
  anchors.push(last.waitedMs + last.wireMs);
  await elm.close();
  await device.close();
}
process.stdout.write(JSON.stringify({ scanMs: median(scans), anchorMs: median(anchors), ...last }));
