/** mulberry32: a failing campaign runs again the same way with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
