// Builds the pinned Ory servers (Kratos, Hydra) from Go modules and caches each binary outside
// the repo. A tool's cache key is its version plus a hash of tools/<tool>/go.mod + go.sum, so a
// fresh clone on a machine that already built the same pin reuses the binary.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The Go tools this repo builds: where their module lives and how to build them. */
export const goTools = {
  kratos: {
    label: 'Kratos',
    module: 'github.com/ory/kratos',
    versionVar: 'github.com/ory/kratos/driver/config.Version',
    binEnv: 'KRATOS_BIN',
    estimate: 'downloads ~1.5 min, compile ~3-5 min on 2 cores',
  },
  hydra: {
    label: 'Hydra',
    module: 'github.com/ory/hydra/v2',
    versionVar: 'github.com/ory/hydra/v2/driver/config.Version',
    binEnv: 'HYDRA_BIN',
    estimate: 'about 1-3 min with a warm module cache on 2 cores',
  },
};

const toolsDir = (name) => path.join(root, 'tools', name);

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The version of a tool named by its tools module's go.mod. */
export function pinnedVersion(name) {
  const { module } = goTools[name];
  const goMod = readFileSync(path.join(toolsDir(name), 'go.mod'), 'utf8');
  const match = goMod.match(
    new RegExp(`^\\s*(?:require\\s+)?${escapeRegExp(module)}\\s+(v\\S+)`, 'm'),
  );
  if (!match?.[1]) throw new Error(`tools/${name}/go.mod does not require ${module}`);
  return match[1];
}

export function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'kratos-selfservice-ui');
}

/** Where the binary for the current pin lives; the name changes whenever the pin does. */
export function binaryPath(name) {
  const override = process.env[goTools[name].binEnv];
  if (override) return override;
  const hash = createHash('sha256');
  for (const f of ['go.mod', 'go.sum']) hash.update(readFileSync(path.join(toolsDir(name), f)));
  const key = `${pinnedVersion(name)}-${hash.digest('hex').slice(0, 12)}`;
  return path.join(cacheDir(), `${name}-${key}`, name);
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
export async function ensureGoTool(name, { log = console.log } = {}) {
  const tool = goTools[name];
  const version = pinnedVersion(name);
  const bin = binaryPath(name);
  if (existsSync(bin)) {
    log(`using cached ${tool.label} ${version} at ${bin}`);
    return bin;
  }
  if (process.env[tool.binEnv]) throw new Error(`${tool.binEnv}=${bin} does not exist`);
  mkdirSync(path.dirname(bin), { recursive: true });
  const tmp = `${bin}.partial-${process.pid}`;
  log(`building ${tool.label} ${version} from Go modules (${tool.estimate})`);
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
        `-s -w -X ${tool.versionVar}=${version}`,
        '-o',
        tmp,
        tool.module,
      ],
      { cwd: toolsDir(name), env: { ...process.env, CGO_ENABLED: '1', GOFLAGS: '-mod=mod' } },
    );
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, bin);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  return bin;
}

export const ensureKratosBinary = (opts) => ensureGoTool('kratos', opts);
export const ensureHydraBinary = (opts) => ensureGoTool('hydra', opts);
export const kratosBinaryPath = () => binaryPath('kratos');
export const hydraBinaryPath = () => binaryPath('hydra');
export const pinnedKratosVersion = () => pinnedVersion('kratos');
export const pinnedHydraVersion = () => pinnedVersion('hydra');
