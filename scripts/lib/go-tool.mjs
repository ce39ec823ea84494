// @ts-check
// Builds the pinned Go tools (the Ory servers Kratos and Hydra; Helm and our manifest checker
// k8s-check for the chart) from Go modules and caches each binary outside the repo. A tool's
// cache key is its version plus a hash of tools/<tool>/go.mod + go.sum (and its own *.go files,
// for a tool of ours), so a fresh clone on a machine that already built the same pin reuses it.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The Go tools this repo builds: where their module lives and how to build them. `module` is the
 * pin whose version names the build; `pkg` (default: the module) is what `go build` compiles,
 * in tools/<name>; `ldflags(version)` stamps it; `cgo` and `tags` as each one needs.
 */
export const goTools = {
  kratos: {
    label: 'Kratos',
    module: 'github.com/ory/kratos',
    ldflags: (v) => [`-X github.com/ory/kratos/driver/config.Version=${v}`],
    tags: 'sqlite,json1',
    cgo: true,
    binEnv: 'KRATOS_BIN',
    estimate: 'downloads ~1.5 min, compile ~3-5 min on 2 cores',
  },
  hydra: {
    label: 'Hydra',
    module: 'github.com/ory/hydra/v2',
    ldflags: (v) => [`-X github.com/ory/hydra/v2/driver/config.Version=${v}`],
    tags: 'sqlite,json1',
    cgo: true,
    binEnv: 'HYDRA_BIN',
    estimate: 'about 1-3 min with a warm module cache on 2 cores',
  },
  // The chart's checks (scripts/validate-chart.mjs). Stamped as Helm's own Makefile does: its
  // version, and the Kubernetes version of its client-go as the default for `helm template`.
  helm: {
    label: 'Helm',
    module: 'helm.sh/helm/v3',
    pkg: 'helm.sh/helm/v3/cmd/helm',
    ldflags: (v) => {
      const [major, minor] = requiredVersion('helm', 'k8s.io/client-go').slice(1).split('.');
      const kube = [`k8sVersionMajor=${Number(major) + 1}`, `k8sVersionMinor=${minor}`];
      return [
        `-X helm.sh/helm/v3/internal/version.version=${v}`,
        '-X helm.sh/helm/v3/internal/version.metadata=',
        ...kube.map((k) => `-X helm.sh/helm/v3/pkg/lint/rules.${k}`),
        ...kube.map((k) => `-X helm.sh/helm/v3/pkg/chartutil.${k}`),
      ];
    },
    cgo: false,
    binEnv: 'HELM_BIN',
    estimate: 'about 2-4 min from cold Go caches on 2 cores',
  },
  // Ours (tools/k8s-check/main.go): strict decoding into the k8s.io/api types it pins.
  'k8s-check': {
    label: 'k8s-check',
    module: 'k8s.io/api',
    pkg: '.',
    ldflags: () => [],
    cgo: false,
    binEnv: 'K8S_CHECK_BIN',
    estimate: 'about 1 min on 2 cores',
  },
};

const toolsDir = (name) => path.join(root, 'tools', name);

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The version of `module` that tools/<name>/go.mod requires. */
function requiredVersion(name, module) {
  const goMod = readFileSync(path.join(toolsDir(name), 'go.mod'), 'utf8');
  const match = goMod.match(
    new RegExp(`^\\s*(?:require\\s+)?${escapeRegExp(module)}\\s+(v\\S+)`, 'm'),
  );
  if (!match?.[1]) throw new Error(`tools/${name}/go.mod does not require ${module}`);
  return match[1];
}

/** The version of a tool named by its tools module's go.mod. */
export function pinnedVersion(name) {
  return requiredVersion(name, goTools[name].module);
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
  const own = readdirSync(toolsDir(name))
    .filter((f) => f.endsWith('.go'))
    .sort();
  for (const f of ['go.mod', 'go.sum', ...own])
    hash.update(readFileSync(path.join(toolsDir(name), f)));
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
        ...(tool.tags ? ['-tags', tool.tags] : []),
        '-trimpath',
        '-ldflags',
        ['-s -w', ...tool.ldflags(version)].join(' '),
        '-o',
        tmp,
        tool.pkg ?? tool.module,
      ],
      {
        cwd: toolsDir(name),
        env: {
          ...process.env,
          CGO_ENABLED: tool.cgo ? '1' : '0',
          GOFLAGS: '-mod=mod -buildvcs=false',
        },
      },
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
