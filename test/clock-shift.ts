// Runs the unit tests with the wall clock moved ahead when UNIT_CLOCK_SHIFT_DAYS is set, so a test
// that reads the real clock against data captured on another day fails now, not when the data
// ages. `npm test` runs the unit tests once as they are and once a year ahead.
import { vi } from 'vitest';

const days = Number(process.env.UNIT_CLOCK_SHIFT_DAYS ?? 0);
if (Number.isFinite(days) && days !== 0) {
  // Without fake timers this moves only Date: timers and timeouts keep running in real time.
  vi.setSystemTime(new Date(Date.now() + days * 86_400_000));
}
