#!/usr/bin/env node
// @ts-check
// Checks the Helm chart in charts/kratos-selfservice-ui without a cluster (npm test runs it):
//   1. every variable of lib/env.ts has a chart value, declared in values.schema.json with zod's
//      bounds; the compose file's ui service and the Dockerfile agree with the chart (image,
//      variables, healthcheck, port, user);
//   2. `helm lint --strict` and `helm template` over each value set in the chart's ci/ folder;
//   3. every rendered object decoded strictly into the Kubernetes API's Go types (k8s-check:
//      an unknown, misspelt or mistyped field fails), then the invariants of
//      scripts/lib/chart-checks.mjs: non-root, probes, no secret in a ConfigMap, replicas >= 2
//      with a PDB, references between the objects;
//   4. values that must be refused are refused, each with a message that names the value.
// Helm and k8s-check are built from the Go module proxy and cached (scripts/lib/go-tool.mjs).
// Exit 0: all good; 1: problems (listed); 3: could not run here (no Go toolchain).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHART,
  availabilityProblems,
  composeInStep,
  envInStep,
  envSchemaKeys,
  nonRootProblems,
  referenceProblems,
  secretLeakProblems,
  secretNamePattern,
  uiContainerProblems,
  variableProblems,
} from './lib/chart-checks.mjs';
import { ensureGoTool } from './lib/go-tool.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIPPED = 3;
const read = (f) => readFileSync(path.join(root, f), 'utf8');
const log = (l) => console.log(`[chart] ${l}`);
const problems = [];
const fail = (where, list) => {
  for (const p of list) problems.push(`${where}: ${p}`);
  log(`${list.length ? 'FAIL' : 'ok  '} ${where}${list.length ? ` (${list.length})` : ''}`);
};

function hasGo() {
  const r = spawnSync('go', ['version'], { stdio: 'ignore' });
  return !r.error;
}

if (!hasGo() && !(process.env.HELM_BIN && process.env.K8S_CHECK_BIN)) {
  console.log('chart: skipped (no Go toolchain on PATH to build Helm and k8s-check; see README)');
  process.exit(SKIPPED);
}
const toolLog = (line) => log(line);
const helm = await ensureGoTool('helm', { log: toolLog });
const k8sCheck = await ensureGoTool('k8s-check', { log: toolLog });

function exec(cmd, args, input) {
  const r = spawnSync(cmd, args, { cwd: root, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function yamlFile(file) {
  const r = exec(k8sCheck, ['yaml2json', path.join(root, file)]);
  if (r.status !== 0) throw new Error(`${file}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

// --- 1. the chart, lib/env.ts, the compose file and the Dockerfile agree ---------------------
const helpers = read(`${CHART}/templates/_helpers.tpl`);
const secretPattern = secretNamePattern(helpers);
const values = yamlFile(`${CHART}/values.yaml`);
const schema = JSON.parse(read(`${CHART}/values.schema.json`));
const chart = yamlFile(`${CHART}/Chart.yaml`);
const { keys: envKeys, problems: parseProblems } = envSchemaKeys(read('lib/env.ts'));
const docs = existsSync(path.join(root, 'docs/kubernetes.md')) ? read('docs/kubernetes.md') : '';
const inStep = envInStep({ envKeys, values, schema, secretPattern, docs });
fail('every lib/env.ts variable is a chart value', [...parseProblems, ...inStep.problems]);
for (const note of inStep.notes) log(`note ${note}`);
const appRoutes = readdirSync(path.join(root, 'app/api'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'app/api', d.name, 'route.ts')))
  .map((d) => `/api/${d.name}`);
fail(
  'docker-compose.yml and the Dockerfile are in step with the chart',
  composeInStep({
    compose: yamlFile('docker-compose.yml'),
    values,
    chart,
    pkg: JSON.parse(read('package.json')),
    dockerfile: read('Dockerfile'),
    envKeys,
    appRoutes,
  }),
);

// k8s-check decodes into the API types of the Kubernetes version that Helm renders for.
const apiPin = (tool) => /^\s*k8s\.io\/api (v\S+)/m.exec(read(`tools/${tool}/go.mod`))?.[1];
fail(
  'tools/k8s-check uses the k8s.io/api of tools/helm',
  apiPin('helm') === apiPin('k8s-check')
    ? []
    : [`tools/helm has k8s.io/api ${apiPin('helm')}, tools/k8s-check ${apiPin('k8s-check')}`],
);

// --- 2 and 3. lint, render, decode strictly, invariants, per value set -----------------------
const chartKeys = new Set([
  ...Object.keys(values.env ?? {}),
  ...Object.keys(values.secretEnv ?? {}),
]);
const valueSets = readdirSync(path.join(root, CHART, 'ci'))
  .filter((f) => f.endsWith('-values.yaml'))
  .sort();
if (valueSets.length < 5)
  problems.push(`${CHART}/ci: ${valueSets.length} value sets, expected at least 5`);

for (const file of valueSets) {
  const name = file.replace(/-values\.yaml$/, '');
  const valuesFile = path.join(CHART, 'ci', file);
  const set = yamlFile(valuesFile);
  const lint = exec(helm, ['lint', CHART, '--strict', '-f', valuesFile]);
  fail(`${name}: helm lint --strict`, lint.status === 0 ? [] : [lint.stdout + lint.stderr]);
  const tpl = exec(helm, ['template', 'ui', CHART, '--namespace', 'identity', '-f', valuesFile]);
  if (tpl.status !== 0) {
    fail(`${name}: helm template`, [tpl.stderr.trim()]);
    continue;
  }
  const decoded = exec(k8sCheck, ['manifests'], tpl.stdout);
  if (decoded.status !== 0) {
    fail(`${name}: strict decoding into k8s.io/api types`, decoded.stderr.trim().split('\n'));
    continue;
  }
  const objects = JSON.parse(decoded.stdout).map((r) => r.object);
  fail(`${name}: ${objects.length} objects decode strictly into k8s.io/api types`, []);
  const external = {
    configMaps: [
      set.brand?.existingConfigMap,
      ...(set.extraEnvFrom ?? []).map((e) => e.configMapRef?.name),
    ].filter(Boolean),
    secrets: [
      set.secret?.existingSecret,
      ...Object.values(set.secretEnvFrom ?? {}).map((r) => r.name),
      ...(set.extraEnvFrom ?? []).map((e) => e.secretRef?.name),
    ].filter(Boolean),
  };
  const secretValues = Object.values({ ...set.secretEnv, ...set.extraSecretEnv }).map(String);
  const extraKeys = new Set([
    ...Object.keys(set.extraEnv ?? {}),
    ...Object.keys(set.extraSecretEnv ?? {}),
    ...(set.extraEnvVars ?? []).map((e) => e.name),
  ]);
  fail(`${name}: invariants`, [
    ...nonRootProblems(objects),
    ...uiContainerProblems(objects),
    ...availabilityProblems(objects),
    ...referenceProblems(objects, external),
    ...secretLeakProblems(objects, { secretPattern, secretValues }),
    ...variableProblems(objects, { envKeys, chartKeys, extraKeys }),
  ]);
  // What the value set asks for is there.
  const kinds = new Set(objects.map((o) => o.kind));
  const expect = [];
  if (set.ingress?.enabled && !kinds.has('Ingress')) expect.push('no Ingress');
  if (set.ingress?.tls?.enabled && !objects.some((o) => o.kind === 'Ingress' && o.spec.tls?.length))
    expect.push('no TLS on the Ingress');
  if (set.autoscaling?.enabled && !kinds.has('HorizontalPodAutoscaler'))
    expect.push('no HorizontalPodAutoscaler');
  if (set.secret?.existingSecret && kinds.has('Secret'))
    expect.push('a Secret rendered beside secret.existingSecret');
  if (
    set.secretEnv?.REDIS_URL &&
    !objects.some((o) => o.kind === 'Secret' && o.stringData?.REDIS_URL)
  )
    expect.push('REDIS_URL is not in the Secret');
  if (set.brand?.theme && !objects.some((o) => o.kind === 'ConfigMap' && o.data?.['theme.json']))
    expect.push('no theme ConfigMap');
  if (name === 'defaults') {
    // The image the compose file builds is the one the chart runs.
    const image = objects.find((o) => o.kind === 'Deployment')?.spec.template.spec.containers[0]
      .image;
    const composeImage = yamlFile('docker-compose.yml').services?.ui?.image;
    if (image !== composeImage)
      expect.push(`runs ${image}, docker-compose.yml builds ${composeImage}`);
  }
  fail(`${name}: renders what it asks for`, expect);
}

// --- 4. what must be refused is refused, with a message naming it -----------------------------
const base = path.join(CHART, 'ci/defaults-values.yaml');
/** @type {[string, string[], RegExp, { noBase?: boolean }?][]} */
const refused = [
  ['the defaults alone (no UI_URL)', [], /env\.UI_URL is required/, { noBase: true }],
  ['replicaCount: two', ['--set', 'replicaCount=two'], /\/replicaCount.*want integer/],
  ['a UI_URL without scheme', ['--set', 'env.UI_URL=id.example.com'], /\/env\/UI_URL/],
  [
    'KRATOS_TIMEOUT_MS below lib/env.ts minimum',
    ['--set', 'env.KRATOS_TIMEOUT_MS=50'],
    /\/env\/KRATOS_TIMEOUT_MS.*minimum/,
  ],
  ['a misspelt variable', ['--set', 'env.UI_URLL=x'], /additional properties 'UI_URLL'/],
  [
    'a secret in env (ConfigMap)',
    ['--set', 'env.REDIS_URL=redis://:p@r:6379'],
    /additional properties 'REDIS_URL'/,
  ],
  [
    'a secret-looking name in extraEnv',
    ['--set', 'extraEnv.API_TOKEN=x'],
    /extraEnv\.API_TOKEN looks like a secret/,
  ],
  [
    'a Redis URL of another scheme',
    ['--set', 'secretEnv.REDIS_URL=http://r'],
    /\/secretEnv\/REDIS_URL/,
  ],
  [
    'running as root',
    ['--set', 'podSecurityContext.runAsUser=0'],
    /\/podSecurityContext\/runAsUser/,
  ],
  [
    'runAsNonRoot false',
    ['--set', 'securityContext.runAsNonRoot=false'],
    /\/securityContext\/runAsNonRoot/,
  ],
  [
    'an HPA of one replica',
    ['--set', 'autoscaling.enabled=true', '--set', 'autoscaling.minReplicas=1'],
    /\/autoscaling\/minReplicas/,
  ],
  [
    'an Ingress without proxy hops',
    ['--set', 'ingress.enabled=true', '--set', 'ingress.host=id.example.com'],
    /TRUSTED_PROXY_HOPS/,
  ],
  [
    'an Ingress host other than UI_URL',
    [
      '--set',
      'ingress.enabled=true',
      '--set',
      'ingress.host=other.example.com',
      '--set',
      'env.TRUSTED_PROXY_HOPS=1',
    ],
    /ingress\.host .* must be the host of env\.UI_URL/,
  ],
  [
    'TLS with an http UI_URL',
    [
      '--set',
      'env.UI_URL=http://id.example.com',
      '--set',
      'ingress.enabled=true',
      '--set',
      'ingress.host=id.example.com',
      '--set',
      'ingress.tls.enabled=true',
      '--set',
      'env.TRUSTED_PROXY_HOPS=1',
    ],
    /UI_URL must start with https/,
  ],
  [
    'secret values beside an existing Secret',
    ['--set', 'secret.existingSecret=s', '--set', 'secretEnv.SMTP_URL=smtp://h:25'],
    /secretEnv\.SMTP_URL has a value, but secret\.existingSecret/,
  ],
  [
    'secret values with no Secret to go to',
    ['--set', 'secret.create=false', '--set', 'secretEnv.REDIS_URL=redis://r:6379'],
    /secret\.create is false and secret\.existingSecret is empty/,
  ],
  ['an unknown top-level value', ['--set', 'replicas=3'], /additional properties 'replicas'/],
];
const refusalProblems = [];
for (const [what, args, message, opts = {}] of refused) {
  const r = exec(helm, ['template', 'ui', CHART, ...(opts.noBase ? [] : ['-f', base]), ...args]);
  if (r.status === 0) refusalProblems.push(`${what}: rendered, should be refused`);
  else if (!message.test(r.stderr))
    refusalProblems.push(`${what}: refused, but the message does not say why: ${r.stderr.trim()}`);
}
fail(
  `${refused.length} wrong value sets are refused with a message naming the value`,
  refusalProblems,
);

// The strict decoder itself catches a misspelt and a mistyped field (a check that cannot fail
// proves nothing).
const sample = exec(helm, [
  'template',
  'ui',
  CHART,
  '-f',
  base,
  '--show-only',
  'templates/deployment.yaml',
]).stdout;
const decoderProblems = [];
for (const [what, from, to] of /** @type {[string, RegExp, string][]} */ ([
  ['a misspelt field', /^  replicas: 2$/m, '  replica: 2'],
  ['a field in the wrong case', /^  replicas: 2$/m, '  Replicas: 2'],
  ['a mistyped field', /^  replicas: 2$/m, '  replicas: two'],
  ['a bad quantity', /memory: 512Mi/, 'memory: 512 megabytes'],
  [
    'a probe on a port the container lacks',
    /port: http\n(\s+)failureThreshold: 3/,
    'port: web\n$1failureThreshold: 3',
  ],
])) {
  const broken = sample.replace(from, to);
  if (broken === sample) decoderProblems.push(`${what}: the sample did not change`);
  else if (exec(k8sCheck, ['manifests'], broken).status === 0)
    decoderProblems.push(`${what}: accepted`);
}
fail('k8s-check rejects misspelt, mistyped and dangling fields', decoderProblems);

if (problems.length) {
  console.error(`\n${problems.length} chart problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `chart: valid (${valueSets.length} value sets rendered and checked, ${refused.length} refusals)`,
);
