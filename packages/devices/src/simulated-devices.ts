import { thicknessZones } from "@kiosk/core";
import { memoryLinkPair, type LinkOpener } from "./link";
import { GaugeSimulator } from "./simulator/gauge/gauge";
import { scriptForZones } from "./simulator/gauge/scripts";
import { LockerBoardSimulator } from "./simulator/locker/board";
import { lockerScenarios, realLockerTiming, type LockerScenarioName } from "./simulator/locker/scenarios";

/** Every zone of the largest body: the simulated technician measures round after round of them. */
const roundOfReadings = scriptForZones(thicknessZones("minivan").map((zone) => zone.id));

/**
 * The gauge `simulator` driver: a line-protocol gauge in process on the other
 * end of a memory link, read by the real reader, taking a reading every
 * `intervalMs` while it is plugged in (a reading with no measurement open is
 * dropped by the agent, as one on the shelf would measure nothing).
 */
export function simulatedGauge(options: { intervalMs: number }): { opener: LinkOpener; simulator: GaugeSimulator } {
  const simulator = new GaugeSimulator({ format: "line", heartbeatMs: 10_000 });
  const opener: LinkOpener = () => {
    const [driverEnd, deviceEnd] = memoryLinkPair();
    simulator.attach(deviceEnd);
    // The driver hanging up (the agent stopping) unplugs the simulated gauge: its timers end with it.
    driverEnd.onClose(() => {
      simulator.stop();
      simulator.detach();
    });
    void (async () => {
      while (simulator.attached) await simulator.play(roundOfReadings, options.intervalMs);
    })();
    return Promise.resolve(driverEnd);
  };
  return { opener, simulator };
}

/**
 * The locker `simulator` driver: the RS-485 board in process, as the scenario
 * says (a jammed cell, a door left open), at a real board's pace, with a
 * simulated customer who shuts each door `closeAfterMs` after it opened.
 */
export function simulatedLocker(options: {
  scenario: LockerScenarioName;
  board: number;
  cells: number;
  closeAfterMs: number;
}): { opener: LinkOpener; simulator: LockerBoardSimulator } {
  const simulator = new LockerBoardSimulator({
    scenario: lockerScenarios[options.scenario],
    board: options.board,
    cells: options.cells,
    timing: realLockerTiming,
    closeAfterMs: options.closeAfterMs,
  });
  const opener: LinkOpener = () => {
    const [driverEnd, deviceEnd] = memoryLinkPair();
    simulator.attach(deviceEnd);
    return Promise.resolve(driverEnd);
  };
  return { opener, simulator };
}
