import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = path.join(root, 'tools/kratos');

/** The Kratos version named by the tools module's go.mod. */
export function pinnedKratosVersion() {
  const goSum = readFileSync(path.join(toolsDir, 'go.mod'), 'utf8');
  const match = goSum.match(/^\s*github\.com\/ory\/kratos\s+(v\S+)/m);
  if (!match?.[1]) throw new Error('tools/kratos/go.mod does not require github.com/ory/kratos');
  return match[1];
}

export function kratosCacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'kratos-selfservice-ui');
}

/** Where the binary for the current pin lives; the name changes whenever the pin does. */
export function kratosBinaryPath() {
  if (process.env.KRATOS_BIN) return process.env.KRATOS_BIN;
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum']) hash.update(readFileSync(path.join(toolsDir, f)));
  const key = `${pinnedKratosVersion()}-${hash.digest('hex').slice(0, 12)}`;
  return path.join(kratosCacheDir(), `kratos-${key}`, 'kratos');
}

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** Returns the path of a ready binary, building it first when the pin has none yet. */
export async function ensureKratosBinary({ log = console.log } = {}) {
  const bin = kratosBinaryPath();
  if (existsSync(bin)) {
    log(`using cached Kratos ${pinnedKratosVersion()} at ${bin}`);
    return bin;
  }
  if (process.env.KRATOS_BIN) throw new Error(`KRATOS_BIN=${bin} does not exist`);
  const version = pinnedKratosVersion();
  const dir = path.dirname(bin);
  mkdirSync(dir, { recursive: true });
  const tmp = `${bin}.partial-${process.pid}`;
  log(
    `building Kratos ${version} from Go modules (downloads ~1.5 min, compile ~3-5 min on 2 cores)`,
  );
  log(`output: ${bin}`);
  const started = Date.now();
  try {
    await run(
      'go',
      [
        'build',
        '-tags',
        'sqlite,json1',
        '-trimpath',
        '-ldflags',
        `-s -w -X github.com/ory/kratos/driver/config.Version=${version}`,
        '-o',
        tmp,
        'github.com/ory/kratos',
      ],
      { cwd: toolsDir, env: { ...process.env, CGO_ENABLED: '1', GOFLAGS: '-mod=mod' } },
    );
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, bin);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  return bin;
}
