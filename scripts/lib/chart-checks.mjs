// @ts-check
// The rules that scripts/validate-chart.mjs applies to the Helm chart in charts/, as pure
// functions over text and parsed objects, so test/chart-checks.test.ts can show that each one
// fails on what it is meant to catch. Each returns a list of problems (strings); empty is good.

/** The chart's directory and the value sets rendered by npm test (charts/<name>/ci/). */
export const CHART = 'charts/kratos-selfservice-ui';

/** Variables of lib/env.ts that the chart does not set, and why (each reason is checked). */
export const SET_BY_IMAGE = {
  NODE_ENV: 'the image sets NODE_ENV=production (Dockerfile)',
};

/** Variables the chart sets itself in the Deployment, besides those of lib/env.ts. */
export const SET_BY_CHART = ['PORT', 'HOSTNAME'];

/**
 * The keys of the zod object `schema` in lib/env.ts, each with the text of its definition (up to
 * the next key), so constraints can be compared. Keys are the two-space-indented `NAME:` lines.
 */
export function envSchemaKeys(text) {
  const start = text.search(/const schema = z\.object\(\{/);
  if (start < 0)
    return { keys: new Map(), problems: ['lib/env.ts: no `const schema = z.object({`'] };
  const body = text.slice(start).split('\n');
  const keys = new Map();
  let current;
  for (const line of body.slice(1)) {
    if (/^\}\);?/.test(line)) break;
    const m = /^ {2}([A-Z][A-Z0-9_]*)\s*:/.exec(line);
    if (m) {
      current = m[1];
      keys.set(current, line.slice(m[0].length));
    } else if (current && !/^ {2}\/\*\*|^ {3}\*/.test(line)) {
      keys.set(current, `${keys.get(current)}\n${line}`);
    }
  }
  return { keys, problems: keys.size ? [] : ['lib/env.ts: no keys found in the schema'] };
}

/** Integer bounds and a regex of a zod definition, as written (`.min(100).max(120_000)`). */
export function zodConstraints(definition) {
  const num = (s) => (s === undefined ? undefined : Number(s.replace(/_/g, '')));
  const isNumber = /z\.coerce\.number\(\)|z\.number\(\)/.test(definition);
  return {
    min: isNumber ? num(/\.min\((-?[\d_]+)\)/.exec(definition)?.[1]) : undefined,
    max: isNumber ? num(/\.max\((-?[\d_]+)\)/.exec(definition)?.[1]) : undefined,
    // As a JSON Schema pattern: a regex literal's escaped slashes are plain ones there.
    regex: /\.regex\(\s*\/((?:\\\/|[^/\n])+)\//.exec(definition)?.[1]?.replace(/\\\//g, '/'),
  };
}

/** The chart's rule for names that hold a secret (its _helpers.tpl, ui.secretNamePattern). */
export function secretNamePattern(helpersText) {
  const m = /define "ui\.secretNamePattern" -\}\}\s*\n(.+)\n/.exec(helpersText);
  if (!m) throw new Error('_helpers.tpl: no ui.secretNamePattern');
  return new RegExp(m[1].trim());
}

/**
 * Every variable of lib/env.ts has a chart value: under `env` (ConfigMap) or, when its name says
 * secret, under `secretEnv` (Secret); the schema declares exactly the keys of values.yaml, with
 * the same bounds and pattern as zod. Returns problems and notes (chart values the UI's
 * lib/env.ts does not read yet: features other branches bring).
 */
export function envInStep({ envKeys, values, schema, secretPattern, docs }) {
  const problems = [];
  const notes = [];
  const env = values.env ?? {};
  const secretEnv = values.secretEnv ?? {};
  const props = {
    env: schema.properties?.env?.properties ?? {},
    secretEnv: schema.properties?.secretEnv?.properties ?? {},
  };
  for (const [key, definition] of envKeys) {
    if (key in SET_BY_IMAGE) continue;
    const secret = secretPattern.test(key);
    const where = secret ? 'secretEnv' : 'env';
    const other = secret ? 'env' : 'secretEnv';
    if (key in (secret ? env : secretEnv))
      problems.push(
        `${key} is under ${other} in values.yaml, but it ${secret ? 'holds a secret' : 'is no secret'}: move it to ${where}`,
      );
    else if (!(key in (secret ? secretEnv : env))) {
      problems.push(
        `lib/env.ts reads ${key}, and the chart has no value for it: add ${key} under ${where}: in ${CHART}/values.yaml (empty = the UI's default), to ${where}.properties in values.schema.json, and to docs/kubernetes.md`,
      );
      continue;
    }
    const prop = props[where][key];
    if (!prop) {
      problems.push(`values.schema.json: ${where}.${key} is not declared`);
      continue;
    }
    const zod = zodConstraints(definition);
    if (zod.min !== undefined && prop.minimum !== zod.min)
      problems.push(
        `values.schema.json: ${where}.${key} minimum is ${prop.minimum}, lib/env.ts says ${zod.min}`,
      );
    if (zod.max !== undefined && prop.maximum !== zod.max)
      problems.push(
        `values.schema.json: ${where}.${key} maximum is ${prop.maximum}, lib/env.ts says ${zod.max}`,
      );
    if (zod.regex && prop.pattern !== zod.regex && prop.pattern !== `^$|${zod.regex}`)
      problems.push(
        `values.schema.json: ${where}.${key} pattern is ${prop.pattern}, lib/env.ts says /${zod.regex}/`,
      );
  }
  for (const where of ['env', 'secretEnv']) {
    const inValues = Object.keys(values[where] ?? {});
    for (const key of inValues) {
      if (!(key in props[where]))
        problems.push(`values.schema.json: ${where}.${key} is not declared`);
      if (!envKeys.has(key) && !(key in SET_BY_IMAGE))
        notes.push(`${where}.${key}: not read by this branch's lib/env.ts yet`);
      if (where === 'env' && secretPattern.test(key))
        problems.push(
          `env.${key} looks like a secret, and env goes into a ConfigMap: move it to secretEnv`,
        );
      if (docs !== undefined && !docs.includes(key))
        problems.push(`docs/kubernetes.md does not mention ${key}`);
    }
    for (const key of Object.keys(props[where]))
      if (!inValues.includes(key))
        problems.push(`values.schema.json declares ${where}.${key}, values.yaml has no such value`);
  }
  return { problems, notes };
}

/** The settings of the Dockerfile's HEALTHCHECK (seconds) and the path it calls. */
export function dockerHealthcheck(dockerfile) {
  const m = /^HEALTHCHECK ((?:.*\\\n)*.*)$/m.exec(dockerfile);
  if (!m) return undefined;
  const text = m[1];
  const secs = (name) => {
    const v = new RegExp(`--${name}=(\\d+)(s|m)?`).exec(text);
    return v ? Number(v[1]) * (v[2] === 'm' ? 60 : 1) : undefined;
  };
  return {
    interval: secs('interval'),
    timeout: secs('timeout'),
    startPeriod: secs('start-period'),
    retries: Number(/--retries=(\d+)/.exec(text)?.[1]),
    path: /(\/api\/[a-z]+)/.exec(text)?.[1],
  };
}

/** `ENV` settings of the Dockerfile's last stage. */
export function dockerEnv(dockerfile) {
  const stages = dockerfile.split(/^FROM /m);
  const last = stages[stages.length - 1];
  const env = {};
  for (const m of last.matchAll(/^ENV ((?:.*\\\n)*.*)$/gm))
    for (const kv of m[1].replace(/\\\n/g, ' ').matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g))
      env[kv[1]] = kv[2];
  const user = /^USER (\S+)/m.exec(last)?.[1];
  const workdir = /^WORKDIR (\S+)/m.exec(last)?.[1];
  return { env, user, workdir };
}

/** Deployment-specific variables: compose and the chart set them differently by design. */
const DEPLOYMENT_SPECIFIC = /(_URL|_ORIGINS|_HOPS|_SECRET)$|^BRAND_|^MAIL_FROM$/;

/**
 * The compose file's `ui` service and the chart: the same image, variables the chart knows
 * (and lib/env.ts reads), equal values where a value is not about the deployment, and the
 * image's healthcheck as the chart's liveness and startup probes.
 */
export function composeInStep({ compose, values, chart, pkg, dockerfile, envKeys, appRoutes }) {
  const problems = [];
  const ui = compose.services?.ui;
  if (!ui) return ['docker-compose.yml has no ui service'];
  const image = `${values.image.repository}:${values.image.tag || chart.appVersion}`;
  if (chart.appVersion !== pkg.version)
    problems.push(
      `Chart.yaml appVersion ${chart.appVersion} is not package.json's version ${pkg.version}`,
    );
  if (ui.image !== image)
    problems.push(
      `docker-compose.yml ui image is ${ui.image ?? '(none)'}, the chart runs ${image}: tag the compose build the same`,
    );
  const composeEnv = ui.environment ?? {};
  if (Array.isArray(composeEnv))
    problems.push('docker-compose.yml ui environment: use the map form');
  for (const [key, value] of Object.entries(composeEnv)) {
    if (!envKeys.has(key))
      problems.push(`docker-compose.yml ui sets ${key}, which lib/env.ts does not read`);
    const chartValue = values.env?.[key] ?? values.secretEnv?.[key];
    if (chartValue === undefined) {
      problems.push(`docker-compose.yml ui sets ${key}, the chart has no value for it`);
      continue;
    }
    if (!DEPLOYMENT_SPECIFIC.test(key) && String(chartValue) !== String(value))
      problems.push(
        `${key}: docker-compose.yml sets ${JSON.stringify(value)}, the chart's default is ${JSON.stringify(chartValue)}`,
      );
  }
  const hc = dockerHealthcheck(dockerfile);
  if (!hc) return [...problems, 'Dockerfile: no HEALTHCHECK'];
  if (ui.healthcheck?.test && !JSON.stringify(ui.healthcheck.test).includes(hc.path))
    problems.push(`docker-compose.yml ui healthcheck does not call ${hc.path}`);
  const { liveness, startup } = values.probes;
  if (hc.path !== '/api/health')
    problems.push(
      `Dockerfile HEALTHCHECK calls ${hc.path}, the chart's liveness probe /api/health`,
    );
  if (liveness.periodSeconds !== hc.interval)
    problems.push(
      `liveness periodSeconds ${liveness.periodSeconds}, HEALTHCHECK --interval ${hc.interval}s`,
    );
  if (liveness.timeoutSeconds !== hc.timeout)
    problems.push(
      `liveness timeoutSeconds ${liveness.timeoutSeconds}, HEALTHCHECK --timeout ${hc.timeout}s`,
    );
  if (liveness.failureThreshold !== hc.retries)
    problems.push(
      `liveness failureThreshold ${liveness.failureThreshold}, HEALTHCHECK --retries ${hc.retries}`,
    );
  if (startup.periodSeconds * startup.failureThreshold !== hc.startPeriod)
    problems.push(
      `startup probe allows ${startup.periodSeconds * startup.failureThreshold} s, HEALTHCHECK --start-period ${hc.startPeriod}s`,
    );
  for (const route of ['/api/health', '/api/ready'])
    if (!appRoutes.includes(route))
      problems.push(`the chart probes ${route}, and app/ has no such route`);
  const docker = dockerEnv(dockerfile);
  if (Number(docker.env.PORT) !== values.containerPort)
    problems.push(
      `Dockerfile PORT=${docker.env.PORT}, the chart's containerPort ${values.containerPort}`,
    );
  if (docker.env.NODE_ENV !== 'production')
    problems.push('Dockerfile does not set NODE_ENV=production');
  // The official Node images' user "node" is uid 1000.
  if (docker.user !== 'node' || values.podSecurityContext.runAsUser !== 1000)
    problems.push(
      `Dockerfile USER ${docker.user}, the chart runs as uid ${values.podSecurityContext.runAsUser} (node is 1000)`,
    );
  if (!/mkdir -p \.next\/cache/.test(dockerfile) || docker.workdir !== '/app')
    problems.push(
      "Dockerfile: the writable .next/cache under /app moved; update the chart's emptyDir mount",
    );
  return problems;
}

// --- invariants on a rendered release -----------------------------------------------------

const kindOf = (o) => o.kind;
const nameOf = (o) => `${o.kind}/${o.metadata?.name}`;
const matches = (selector, labels) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** Pod templates of a rendered release: [owner name, pod spec, pod labels]. */
function pods(objects) {
  const out = [];
  for (const o of objects) {
    if (o.kind === 'Deployment')
      out.push([nameOf(o), o.spec.template.spec, o.spec.template.metadata?.labels]);
    if (o.kind === 'Pod') out.push([nameOf(o), o.spec, o.metadata?.labels]);
  }
  return out;
}

/** Pod Security Standards "restricted", the parts a manifest shows. */
export function nonRootProblems(objects) {
  const problems = [];
  for (const [owner, spec] of pods(objects)) {
    const psc = spec.securityContext ?? {};
    if (spec.hostNetwork || spec.hostPID || spec.hostIPC)
      problems.push(`${owner}: shares the host's namespaces`);
    if ((spec.volumes ?? []).some((v) => v.hostPath)) problems.push(`${owner}: mounts a hostPath`);
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      const sc = c.securityContext ?? {};
      const at = `${owner} container ${c.name}`;
      if ((sc.runAsNonRoot ?? psc.runAsNonRoot) !== true)
        problems.push(`${at}: runAsNonRoot is not true`);
      if ((sc.runAsUser ?? psc.runAsUser) === 0) problems.push(`${at}: runs as uid 0`);
      if (sc.privileged) problems.push(`${at}: privileged`);
      if (sc.allowPrivilegeEscalation !== false)
        problems.push(`${at}: allowPrivilegeEscalation is not false`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL'))
        problems.push(`${at}: does not drop ALL capabilities`);
      if ((sc.capabilities?.add ?? []).length) problems.push(`${at}: adds capabilities`);
      const seccomp = (sc.seccompProfile ?? psc.seccompProfile)?.type;
      if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
        problems.push(`${at}: no seccomp profile`);
      if (sc.readOnlyRootFilesystem !== true)
        problems.push(`${at}: the root filesystem is writable`);
    }
  }
  return problems;
}

/** The UI's container: probes on its routes and port, writable dirs for a read-only root. */
export function uiContainerProblems(objects) {
  const problems = [];
  const deployments = objects.filter((o) => kindOf(o) === 'Deployment');
  if (deployments.length !== 1) return [`${deployments.length} Deployments rendered, expected 1`];
  const d = deployments[0];
  const spec = d.spec.template.spec;
  const c = spec.containers.find((x) => x.name === 'ui');
  if (!c) return [`${nameOf(d)}: no container named ui`];
  const ports = new Map((c.ports ?? []).map((p) => [p.name, p.containerPort]));
  const want = {
    livenessProbe: '/api/health',
    readinessProbe: '/api/ready',
    startupProbe: '/api/health',
  };
  for (const [probe, path] of Object.entries(want)) {
    const get = c[probe]?.httpGet;
    if (!get) problems.push(`${nameOf(d)}: no ${probe}`);
    else {
      if (get.path !== path) problems.push(`${nameOf(d)}: ${probe} calls ${get.path}, not ${path}`);
      if (
        typeof get.port === 'string'
          ? !ports.has(get.port)
          : ![...ports.values()].includes(get.port)
      )
        problems.push(`${nameOf(d)}: ${probe} port ${get.port} is not a container port`);
    }
  }
  const mounts = new Map((c.volumeMounts ?? []).map((m) => [m.mountPath, m.name]));
  const volumes = new Map((spec.volumes ?? []).map((v) => [v.name, v]));
  for (const dir of ['/tmp', '/app/.next/cache']) {
    const volume = volumes.get(mounts.get(dir));
    if (!volume?.emptyDir) problems.push(`${nameOf(d)}: ${dir} is not a writable emptyDir`);
  }
  for (const [name, value] of Object.entries({
    PORT: String(ports.get('http')),
    HOSTNAME: '0.0.0.0',
  }))
    if ((c.env ?? []).find((e) => e.name === name)?.value !== value)
      problems.push(`${nameOf(d)}: ${name} is not ${value}`);
  if (!c.resources?.requests?.memory || !c.resources?.limits?.memory)
    problems.push(`${nameOf(d)}: no memory request and limit`);
  if (spec.automountServiceAccountToken !== false)
    problems.push(`${nameOf(d)}: mounts a service account token`);
  return problems;
}

/** At least two replicas (or an HPA with minReplicas >= 2), a PDB over them, spread over nodes. */
export function availabilityProblems(objects) {
  const problems = [];
  const d = objects.find((o) => o.kind === 'Deployment');
  if (!d) return ['no Deployment'];
  const labels = d.spec.template.metadata?.labels;
  const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler');
  let replicas = d.spec.replicas;
  if (hpa) {
    const t = hpa.spec.scaleTargetRef;
    if (t.kind !== 'Deployment' || t.name !== d.metadata.name)
      problems.push(`${nameOf(hpa)} scales ${t.kind}/${t.name}, not ${nameOf(d)}`);
    if (d.spec.replicas !== undefined)
      problems.push(
        `${nameOf(d)} sets replicas beside an HPA: every upgrade would reset the HPA's count`,
      );
    replicas = hpa.spec.minReplicas ?? 1;
  }
  if (!(replicas >= 2))
    problems.push(`${nameOf(d)}: ${replicas ?? 1} replica(s), at least 2 expected`);
  const pdb = objects.find(
    (o) => o.kind === 'PodDisruptionBudget' && matches(o.spec.selector?.matchLabels, labels),
  );
  if (!pdb) problems.push(`no PodDisruptionBudget selects the pods of ${nameOf(d)}`);
  else {
    const { minAvailable, maxUnavailable } = pdb.spec;
    if (typeof minAvailable === 'number' && minAvailable >= replicas)
      problems.push(
        `${nameOf(pdb)}: minAvailable ${minAvailable} of ${replicas} replicas blocks every node drain`,
      );
    if (maxUnavailable === 0 || maxUnavailable === '0%')
      problems.push(`${nameOf(pdb)}: maxUnavailable 0 blocks every node drain`);
  }
  const spec = d.spec.template.spec;
  const spread = (spec.topologySpreadConstraints ?? []).some(
    (t) =>
      t.topologyKey === 'kubernetes.io/hostname' && matches(t.labelSelector?.matchLabels, labels),
  );
  const anti = [
    ...(spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
    ...(spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map(
      (p) => p.podAffinityTerm,
    ),
  ].some(
    (t) =>
      t.topologyKey === 'kubernetes.io/hostname' && matches(t.labelSelector?.matchLabels, labels),
  );
  if (!spread && !anti) problems.push(`${nameOf(d)}: its pods are not spread across nodes`);
  return problems;
}

/**
 * References between the objects: the Service selects the UI's pods and only those, its target
 * port exists, the Ingress points at the Service's port, and every ConfigMap or Secret the pods
 * read is rendered or named in `external` (objects the values say exist already).
 */
export function referenceProblems(objects, external = { configMaps: [], secrets: [] }) {
  const problems = [];
  const byKind = (k) => objects.filter((o) => o.kind === k);
  const names = (k) => new Set(byKind(k).map((o) => o.metadata.name));
  const podList = pods(objects);
  for (const svc of byKind('Service')) {
    const selected = podList.filter(([, , labels]) => matches(svc.spec.selector, labels));
    const owners = selected.map(([owner]) => owner);
    if (selected.length !== 1 || !owners[0].startsWith('Deployment/'))
      problems.push(
        `${nameOf(svc)} selects ${owners.join(', ') || 'no pods'}; it must select the Deployment's pods only`,
      );
    for (const port of svc.spec.ports) {
      const target = port.targetPort ?? port.port;
      const ok = selected.every(([, spec]) =>
        spec.containers.some((c) =>
          (c.ports ?? []).some((p) =>
            typeof target === 'string' ? p.name === target : p.containerPort === target,
          ),
        ),
      );
      if (!ok) problems.push(`${nameOf(svc)}: targetPort ${target} is not a port of its pods`);
    }
  }
  for (const pdb of byKind('PodDisruptionBudget')) {
    const owners = podList
      .filter(([, , l]) => matches(pdb.spec.selector?.matchLabels, l))
      .map(([o]) => o);
    if (owners.some((o) => !o.startsWith('Deployment/')))
      problems.push(`${nameOf(pdb)} selects ${owners.join(', ')}`);
  }
  const services = new Map(byKind('Service').map((s) => [s.metadata.name, s]));
  for (const ing of byKind('Ingress')) {
    const tlsHosts = (ing.spec.tls ?? []).flatMap((t) => t.hosts ?? []);
    const ruleHosts = (ing.spec.rules ?? []).map((r) => r.host);
    for (const h of tlsHosts)
      if (!ruleHosts.includes(h)) problems.push(`${nameOf(ing)}: TLS host ${h} has no rule`);
    for (const r of ing.spec.rules ?? [])
      for (const p of r.http?.paths ?? []) {
        const svc = services.get(p.backend.service?.name);
        const port = p.backend.service?.port;
        if (!svc)
          problems.push(
            `${nameOf(ing)}: backend Service ${p.backend.service?.name} is not rendered`,
          );
        else if (
          !svc.spec.ports.some((sp) =>
            port.name ? sp.name === port.name : sp.port === port.number,
          )
        )
          problems.push(
            `${nameOf(ing)}: Service ${svc.metadata.name} has no port ${port.name ?? port.number}`,
          );
      }
  }
  const configMaps = new Set([...names('ConfigMap'), ...external.configMaps]);
  const secrets = new Set([...names('Secret'), ...external.secrets]);
  for (const [owner, spec] of podList) {
    for (const c of spec.containers) {
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef && !configMaps.has(e.configMapRef.name))
          problems.push(
            `${owner}: envFrom ConfigMap ${e.configMapRef.name} is neither rendered nor given as existing`,
          );
        if (e.secretRef && !secrets.has(e.secretRef.name))
          problems.push(
            `${owner}: envFrom Secret ${e.secretRef.name} is neither rendered nor given as existing`,
          );
      }
      for (const e of c.env ?? []) {
        const s = e.valueFrom?.secretKeyRef;
        if (s && !secrets.has(s.name))
          problems.push(
            `${owner}: ${e.name} reads Secret ${s.name}, which is neither rendered nor given as existing`,
          );
        const rendered = byKind('Secret').find((x) => x.metadata.name === s?.name);
        if (
          rendered &&
          !(s.key in (rendered.stringData ?? {})) &&
          !(s.key in (rendered.data ?? {}))
        )
          problems.push(`${owner}: ${e.name} reads key ${s.key}, which Secret ${s.name} lacks`);
        const m = e.valueFrom?.configMapKeyRef;
        if (m && !configMaps.has(m.name))
          problems.push(`${owner}: ${e.name} reads ConfigMap ${m.name}, which is not rendered`);
      }
    }
    for (const v of spec.volumes ?? []) {
      if (v.configMap && !configMaps.has(v.configMap.name))
        problems.push(
          `${owner}: volume ${v.name} reads ConfigMap ${v.configMap.name}, which is neither rendered nor given as existing`,
        );
      if (v.secret && !secrets.has(v.secret.secretName))
        problems.push(
          `${owner}: volume ${v.name} reads Secret ${v.secret.secretName}, which is neither rendered nor given as existing`,
        );
    }
  }
  return problems;
}

/** A URL with a password in it: scheme://user:password@host. */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i;

/** No secret in a ConfigMap: not by name, not as a URL with a password, not a given secret value. */
export function secretLeakProblems(objects, { secretPattern, secretValues = [] }) {
  const problems = [];
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(cm.data ?? {})) {
      if (secretPattern.test(key)) problems.push(`${nameOf(cm)}: ${key} is a secret's name`);
      if (URL_WITH_PASSWORD.test(value))
        problems.push(`${nameOf(cm)}: ${key} holds a URL with a password`);
      for (const secret of secretValues)
        if (secret && String(value).includes(secret))
          problems.push(`${nameOf(cm)}: ${key} holds a secret value`);
    }
  }
  for (const d of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Pod')) {
    const spec = d.kind === 'Pod' ? d.spec : d.spec.template.spec;
    for (const c of spec.containers)
      for (const e of c.env ?? [])
        if (
          e.value !== undefined &&
          (secretPattern.test(e.name) || URL_WITH_PASSWORD.test(e.value))
        )
          problems.push(`${nameOf(d)}: ${e.name} is a secret written into the pod spec`);
  }
  return problems;
}

/**
 * The variables the UI's pods get (ConfigMap keys, env names) are ones lib/env.ts reads, chart
 * values still to come (notes), the chart's own (PORT, HOSTNAME) or the value set's extras.
 */
export function variableProblems(objects, { envKeys, chartKeys, extraKeys }) {
  const problems = [];
  const d = objects.find((o) => o.kind === 'Deployment');
  if (!d) return problems;
  const ui = d.spec.template.spec.containers.find((c) => c.name === 'ui');
  const own = new Set(ui.envFrom?.map((e) => e.configMapRef?.name).filter(Boolean));
  const names = [
    ...objects
      .filter((o) => o.kind === 'ConfigMap' && own.has(o.metadata.name))
      .flatMap((o) => Object.keys(o.data ?? {})),
    ...(ui.env ?? []).map((e) => e.name),
  ];
  for (const name of names)
    if (
      !envKeys.has(name) &&
      !chartKeys.has(name) &&
      !SET_BY_CHART.includes(name) &&
      !extraKeys.has(name)
    )
      problems.push(
        `${nameOf(d)} sets ${name}, which neither lib/env.ts nor the chart's values know`,
      );
  return problems;
}
