import { describe, expect, it } from 'vitest';

// The guard in test/clock-shift.ts must really move the clock, or the year-ahead run proves
// nothing: compared with the file system's clock (which the shift does not touch).
import { statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('the unit-test clock', () => {
  it('is shifted by UNIT_CLOCK_SHIFT_DAYS, and is the real one without it', () => {
    const file = path.join(tmpdir(), `clock-shift-${process.pid}-${Math.random()}`);
    writeFileSync(file, '');
    const real = statSync(file).mtimeMs;
    rmSync(file);
    const days = Number(process.env.UNIT_CLOCK_SHIFT_DAYS ?? 0);
    const shift = Date.now() - real;
    expect(Math.abs(shift - days * 86_400_000)).toBeLessThan(60_000);
  });
});
