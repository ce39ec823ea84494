import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Captured {
  status: number;
  body: unknown;
}

/** JSON captured from the real Kratos by scripts/capture-fixtures.mjs. */
export function captured(name: string): Captured {
  return JSON.parse(
    readFileSync(path.join(__dirname, 'fixtures/kratos', `${name}.json`), 'utf8'),
  ) as Captured;
}

/** JSON captured from the real Hydra by scripts/capture-hydra-fixtures.mjs. */
export function capturedHydra(name: string): Captured {
  return JSON.parse(
    readFileSync(path.join(__dirname, 'fixtures/hydra', `${name}.json`), 'utf8'),
  ) as Captured;
}
