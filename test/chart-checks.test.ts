// The rules of scripts/validate-chart.mjs bite: each one fails on what it is meant to catch, and
// passes on a well-formed release. Objects here are written by hand in the shape `helm template`
// renders (the real renders are checked by npm test's chart check, which needs Helm).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHART,
  availabilityProblems,
  composeInStep,
  dockerEnv,
  dockerHealthcheck,
  envInStep,
  envSchemaKeys,
  nonRootProblems,
  referenceProblems,
  secretLeakProblems,
  secretNamePattern,
  uiContainerProblems,
  variableProblems,
} from '../scripts/lib/chart-checks.mjs';

const root = path.resolve(__dirname, '..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const clone = <T>(v: T): T => structuredClone(v);

const secretPattern = secretNamePattern(read(`${CHART}/templates/_helpers.tpl`));
const labels = {
  'app.kubernetes.io/name': 'kratos-selfservice-ui',
  'app.kubernetes.io/instance': 'ui',
};
const restricted = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

function release() {
  const deployment = {
    kind: 'Deployment',
    metadata: { name: 'ui' },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels: { ...labels, 'app.kubernetes.io/version': '0.1.0' } },
        spec: {
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 1000,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              labelSelector: { matchLabels: labels },
            },
          ],
          containers: [
            {
              name: 'ui',
              image: 'kratos-selfservice-ui:0.1.0',
              ports: [{ name: 'http', containerPort: 3000 }],
              envFrom: [{ configMapRef: { name: 'ui' } }],
              env: [
                { name: 'PORT', value: '3000' },
                { name: 'HOSTNAME', value: '0.0.0.0' },
                {
                  name: 'REDIS_URL',
                  valueFrom: { secretKeyRef: { name: 'ui', key: 'REDIS_URL' } },
                },
              ],
              startupProbe: { httpGet: { path: '/api/health', port: 'http' } },
              livenessProbe: { httpGet: { path: '/api/health', port: 'http' } },
              readinessProbe: { httpGet: { path: '/api/ready', port: 'http' } },
              resources: { requests: { memory: '192Mi' }, limits: { memory: '512Mi' } },
              securityContext: restricted,
              volumeMounts: [
                { name: 'tmp', mountPath: '/tmp' },
                { name: 'next-cache', mountPath: '/app/.next/cache' },
              ],
            },
          ],
          volumes: [
            { name: 'tmp', emptyDir: {} },
            { name: 'next-cache', emptyDir: {} },
          ],
        },
      },
    },
  };
  return [
    deployment,
    { kind: 'ConfigMap', metadata: { name: 'ui' }, data: { UI_URL: 'https://id.example.com' } },
    {
      kind: 'Secret',
      metadata: { name: 'ui' },
      stringData: { REDIS_URL: 'redis://:pw@redis:6379' },
    },
    {
      kind: 'Service',
      metadata: { name: 'ui' },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    {
      kind: 'PodDisruptionBudget',
      metadata: { name: 'ui' },
      spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
    },
    {
      kind: 'Pod',
      metadata: {
        name: 'ui-test',
        labels: { 'app.kubernetes.io/name': 'kratos-selfservice-ui-test' },
      },
      spec: {
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 1000,
          seccompProfile: { type: 'RuntimeDefault' },
        },
        containers: [{ name: 'health', image: 'x', securityContext: restricted }],
      },
    },
  ];
}

type Objects = ReturnType<typeof release>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const deploymentOf = (objects: Objects) => objects[0] as any;

describe('a well-formed release', () => {
  it('passes every invariant', () => {
    const objects = release();
    expect(nonRootProblems(objects)).toEqual([]);
    expect(uiContainerProblems(objects)).toEqual([]);
    expect(availabilityProblems(objects)).toEqual([]);
    expect(referenceProblems(objects)).toEqual([]);
    expect(secretLeakProblems(objects, { secretPattern, secretValues: ['pw'] })).toEqual([]);
  });
});

describe('the invariants fail on', () => {
  it('a container that may run as root or write its root filesystem', () => {
    const objects = release();
    const spec = deploymentOf(objects).spec.template.spec;
    spec.securityContext.runAsUser = 0;
    spec.securityContext.runAsNonRoot = false;
    spec.containers[0].securityContext = {
      ...restricted,
      readOnlyRootFilesystem: false,
      runAsNonRoot: undefined,
    };
    const problems = nonRootProblems(objects).join('\n');
    expect(problems).toMatch(/container ui: runAsNonRoot/);
    expect(problems).toMatch(/container ui: runs as uid 0/);
    expect(problems).toMatch(/container ui: the root filesystem is writable/);
  });

  it('a missing or misplaced probe, and a read-only root without writable dirs', () => {
    const objects = release();
    const c = deploymentOf(objects).spec.template.spec.containers[0];
    delete c.readinessProbe;
    c.livenessProbe.httpGet.path = '/api/ready';
    c.volumeMounts = [];
    const problems = uiContainerProblems(objects).join('\n');
    expect(problems).toMatch(/no readinessProbe/);
    expect(problems).toMatch(/livenessProbe calls \/api\/ready, not \/api\/health/);
    expect(problems).toMatch(/\/tmp is not a writable emptyDir/);
    expect(problems).toMatch(/\/app\/\.next\/cache is not a writable emptyDir/);
  });

  it('one replica, no PDB, no spread', () => {
    const objects = release().filter((o) => o.kind !== 'PodDisruptionBudget');
    const d = deploymentOf(objects);
    d.spec.replicas = 1;
    d.spec.template.spec.topologySpreadConstraints = [];
    const problems = availabilityProblems(objects).join('\n');
    expect(problems).toMatch(/1 replica\(s\), at least 2/);
    expect(problems).toMatch(/no PodDisruptionBudget/);
    expect(problems).toMatch(/not spread across nodes/);
  });

  it('a PDB that blocks drains, and replicas set beside an HPA', () => {
    const objects: Objects = clone(release());
    const pdb = objects.find((o) => o.kind === 'PodDisruptionBudget') as {
      spec: Record<string, unknown>;
    };
    pdb.spec = { minAvailable: 2, selector: { matchLabels: labels } };
    objects.push({
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'ui' },
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'ui' }, minReplicas: 2 },
    } as unknown as Objects[number]);
    const problems = availabilityProblems(objects).join('\n');
    expect(problems).toMatch(/minAvailable 2 of 2 replicas blocks every node drain/);
    expect(problems).toMatch(/sets replicas beside an HPA/);
  });

  it('a secret in a ConfigMap, by name, as a URL with a password, or as a given value', () => {
    const objects = release();
    (objects[1] as { data: Record<string, string> }).data = {
      SMTP_URL: 'smtp://mail:25',
      CACHE: 'redis://:hunter2@redis:6379',
      NOTE: 'the-webhook-secret-value',
    };
    const problems = secretLeakProblems(objects, {
      secretPattern,
      secretValues: ['the-webhook-secret-value'],
    }).join('\n');
    expect(problems).toMatch(/SMTP_URL is a secret's name/);
    expect(problems).toMatch(/CACHE holds a URL with a password/);
    expect(problems).toMatch(/NOTE holds a secret value/);
  });

  it('a Service that selects the test pod, and a Secret that is not there', () => {
    const objects = release().filter((o) => o.kind !== 'Secret');
    const pod = objects.find((o) => o.kind === 'Pod') as { metadata: { labels: object } };
    pod.metadata.labels = labels;
    const problems = referenceProblems(objects).join('\n');
    expect(problems).toMatch(/Service\/ui selects Deployment\/ui, Pod\/ui-test/);
    expect(problems).toMatch(
      /REDIS_URL reads Secret ui, which is neither rendered nor given as existing/,
    );
    expect(referenceProblems(objects, { configMaps: [], secrets: ['ui'] })).not.toContainEqual(
      expect.stringMatching(/REDIS_URL/),
    );
  });

  it('a variable nobody reads', () => {
    const objects = release();
    (objects[1] as { data: Record<string, string> }).data.UI_URLL = 'x';
    const envKeys = new Map([['UI_URL', '']]);
    const problems = variableProblems(objects, {
      envKeys,
      chartKeys: new Set(['REDIS_URL']),
      extraKeys: new Set(),
    });
    expect(problems).toEqual([
      "Deployment/ui sets UI_URLL, which neither lib/env.ts nor the chart's values know",
    ]);
  });
});

describe('lib/env.ts and the chart values', () => {
  const envText = read('lib/env.ts');
  const { keys } = envSchemaKeys(envText);

  it('reads the keys of the zod schema with their bounds and patterns', () => {
    expect([...keys.keys()]).toEqual(
      expect.arrayContaining(['UI_URL', 'KRATOS_TIMEOUT_MS', 'NODE_ENV']),
    );
    expect(keys.has('Env')).toBe(false);
    const timeout = keys.get('KRATOS_TIMEOUT_MS') ?? '';
    expect(timeout).toMatch(/min\(100\)/);
  });

  const values = {
    env: { UI_URL: '', KRATOS_TIMEOUT_MS: 5000 },
    secretEnv: { REDIS_URL: '' },
  };
  const schema = {
    properties: {
      env: { properties: { UI_URL: {}, KRATOS_TIMEOUT_MS: { minimum: 100, maximum: 120000 } } },
      secretEnv: { properties: { REDIS_URL: {} } },
    },
  };
  const env = (extra: string) =>
    envSchemaKeys(`const schema = z.object({
  UI_URL: url.default('http://127.0.0.1:3000'),
  /** Per-call timeout. */
  KRATOS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
${extra}});`).keys;

  it('are in step when every key has a value with the same bounds', () => {
    const r = envInStep({ envKeys: env(''), values, schema, secretPattern });
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual(["secretEnv.REDIS_URL: not read by this branch's lib/env.ts yet"]);
  });

  it('fail when lib/env.ts gains a variable the chart lacks, naming where it goes', () => {
    const r = envInStep({
      envKeys: env(
        '  RATE_LIMIT_LOGIN: z.coerce.number().default(5),\n  WEBHOOK_SECRET: optionalText,\n',
      ),
      values,
      schema,
      secretPattern,
    });
    expect(r.problems).toEqual([
      expect.stringMatching(
        /reads RATE_LIMIT_LOGIN, and the chart has no value for it: add RATE_LIMIT_LOGIN under env:/,
      ),
      expect.stringMatching(
        /reads WEBHOOK_SECRET, and the chart has no value for it: add WEBHOOK_SECRET under secretEnv:/,
      ),
    ]);
  });

  it('fail when bounds differ, a secret sits in env, or the schema lacks a value', () => {
    const r = envInStep({
      envKeys: env('  REDIS_URL: optionalUrl,\n'),
      values: { env: { ...values.env, REDIS_URL: '' }, secretEnv: {} },
      schema: {
        properties: {
          env: { properties: { UI_URL: {}, KRATOS_TIMEOUT_MS: { minimum: 1, maximum: 120000 } } },
          secretEnv: { properties: { REDIS_URL: {} } },
        },
      },
      secretPattern,
    });
    const problems = r.problems.join('\n');
    expect(problems).toMatch(/env\.KRATOS_TIMEOUT_MS minimum is 1, lib\/env\.ts says 100/);
    expect(problems).toMatch(
      /REDIS_URL is under env in values\.yaml, but it holds a secret: move it to secretEnv/,
    );
    expect(problems).toMatch(/values\.schema\.json: env\.REDIS_URL is not declared/);
  });
});

describe('the compose file and the Dockerfile against the chart', () => {
  const dockerfile = read('Dockerfile');
  const good = {
    compose: {
      services: {
        ui: { image: 'kratos-selfservice-ui:0.1.0', environment: { KRATOS_TIMEOUT_MS: '5000' } },
      },
    },
    values: {
      image: { repository: 'kratos-selfservice-ui', tag: '' },
      env: { KRATOS_TIMEOUT_MS: 5000 },
      containerPort: 3000,
      podSecurityContext: { runAsUser: 1000 },
      probes: {
        liveness: { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
        startup: { periodSeconds: 2, failureThreshold: 10 },
      },
    },
    chart: { appVersion: '0.1.0' },
    pkg: { version: '0.1.0' },
    dockerfile,
    envKeys: new Map([['KRATOS_TIMEOUT_MS', '']]),
    appRoutes: ['/api/health', '/api/ready'],
  };

  it('reads the image healthcheck and environment', () => {
    expect(dockerHealthcheck(dockerfile)).toEqual({
      interval: 10,
      timeout: 5,
      startPeriod: 20,
      retries: 3,
      path: '/api/health',
    });
    expect(dockerEnv(dockerfile)).toMatchObject({
      env: { PORT: '3000', NODE_ENV: 'production' },
      user: 'node',
    });
  });

  it('agree when image, variables and healthcheck match', () => {
    expect(composeInStep(good)).toEqual([]);
  });

  it('fail on another image, an unknown or different variable, other probe timings', () => {
    const bad = clone({ ...good, dockerfile: '' });
    bad.dockerfile = dockerfile;
    bad.compose.services.ui.image = 'kratos-selfservice-ui:latest';
    Object.assign(bad.compose.services.ui.environment, {
      KRATOS_TIMEOUT_MS: '9000',
      KRATOS_TYPO: '1',
    });
    bad.values.probes.liveness.periodSeconds = 30;
    const problems = composeInStep(bad).join('\n');
    expect(problems).toMatch(
      /ui image is kratos-selfservice-ui:latest, the chart runs kratos-selfservice-ui:0\.1\.0/,
    );
    expect(problems).toMatch(
      /KRATOS_TIMEOUT_MS: docker-compose\.yml sets "9000", the chart's default is 5000/,
    );
    expect(problems).toMatch(/sets KRATOS_TYPO, which lib\/env\.ts does not read/);
    expect(problems).toMatch(/liveness periodSeconds 30, HEALTHCHECK --interval 10s/);
  });
});
