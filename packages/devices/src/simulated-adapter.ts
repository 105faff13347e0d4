import { memoryLinkPair, type LinkOpener } from "./link";
import { Elm327Simulator, profiles, type CarProfile, type ProfileName, type SimulatorOptions } from "./simulator";

/**
 * The `simulator` driver: an ELM327 simulator in process, on the other end of a
 * memory link, reopened (replugged) by each open like a serial port. The driver
 * above it is the real one: DEV and tests run the same code as PROD, minus the tty.
 */
export function simulatedAdapter(
  profile: CarProfile,
  options: SimulatorOptions = {},
): { opener: LinkOpener; simulator: Elm327Simulator } {
  const simulator = new Elm327Simulator(profile, options);
  const opener: LinkOpener = (baudRate) => {
    const [driverEnd, deviceEnd] = memoryLinkPair();
    // The wire runs at the rate the driver opened it with; the simulator garbles when its chip is at another.
    driverEnd.baudRate = baudRate;
    deviceEnd.baudRate = baudRate;
    simulator.attach(deviceEnd);
    return Promise.resolve(driverEnd);
  };
  return { opener, simulator };
}

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(profiles, name);
}

export const simulatorProfileNames = Object.keys(profiles) as ProfileName[];
export { profiles as simulatorProfiles };
