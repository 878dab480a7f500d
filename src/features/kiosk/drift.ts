/**
 * Burn-in care for a screen that shows the same things for months: the kiosk's static elements
 * (the attract loop's content, the clock) drift a few pixels, slowly, along a closed path.
 */
export const DRIFT = {
  /** The farthest an element moves from its place, in px. */
  amplitude: 6,
  /** A new point of the path every this many ms, reached by a linear transition as slow. */
  stepMs: 60_000,
  /** Under reduced motion: a new point this rarely, with no transition (a jump nobody sees move). */
  reducedStepMs: 300_000,
  /** Points on the path before it closes. */
  points: 24,
} as const;

/** The offset at step `n`: a Lissajous figure, so that the pixels under an edge keep changing. */
export function driftAt(n: number, amplitude: number = DRIFT.amplitude): { x: number; y: number } {
  const angle = (2 * Math.PI * (n % DRIFT.points)) / DRIFT.points;
  return { x: Math.round(amplitude * Math.sin(angle)), y: Math.round(amplitude * Math.sin(2 * angle + Math.PI / 4)) };
}
