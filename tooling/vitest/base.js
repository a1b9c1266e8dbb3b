/**
 * Test options every package shares. Timeouts only stop a hang: no test waits on a clock, so
 * they are set for a machine running at a quarter of its speed (or another suite beside it),
 * never as a measure of speed. Speed is `pnpm bench`'s.
 */
export const testTimeouts = {
  /** Pure tests, including property tests bounded by their number of runs. */
  unit: { testTimeout: 120_000, hookTimeout: 120_000 },
  /** Tests on a real PostgreSQL: a fresh database and Payload per file. */
  int: { testTimeout: 300_000, hookTimeout: 600_000 },
}
