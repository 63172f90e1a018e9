/**
 * The deployment files read as the tools that apply them would (YAML parsed, shapes checked with
 * zod) and agree with the server they deploy: every variable they set is one the server reads and
 * its configuration accepts; probes hit routes that exist; the grace period covers the preStop
 * pause, the drain and the close; the HPA scales on a metric /metrics exports; selectors match
 * the pods; the image runs as the user the pods require, with the apt packages setup.sh installs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { renderConfigDocs } from '../../src/config/docs.ts';
import { loadConfig } from '../../src/config/index.ts';
import { ServerMetrics } from '../../src/server/metrics.ts';
import { productionProblems } from '../../src/server/production.ts';

const root = path.resolve(import.meta.dirname, '../..');
const k8sDir = path.join(root, 'deploy/k8s');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

function parseYaml(rel: string): unknown[] {
  const docs = parseAllDocuments(read(rel));
  for (const doc of docs) expect(doc.errors.map((e) => `${rel}: ${e.message}`)).toEqual([]);
  return docs.map((d) => d.toJS());
}

/** Every variable the server reads, from the same tree docs/configuration.md is generated from. */
const knownVariables = new Set(
  [...renderConfigDocs().matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1] as string),
);

const labels = z.record(z.string(), z.string());
const meta = z.looseObject({ name: z.string().min(1), labels: labels.optional() });
const object = z.looseObject({ apiVersion: z.string().min(1), kind: z.string().min(1), metadata: meta });
const probe = z.object({
  httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }),
  periodSeconds: z.number().int().positive(),
  failureThreshold: z.number().int().positive(),
  timeoutSeconds: z.number().int().positive().optional(),
});
const envVar = z.union([
  z.object({ name: z.string(), value: z.string() }),
  z.object({
    name: z.string(),
    valueFrom: z.union([
      z.object({ secretKeyRef: z.looseObject({ name: z.string(), key: z.string() }) }),
      z.object({ configMapKeyRef: z.looseObject({ name: z.string(), key: z.string() }) }),
    ]),
  }),
]);
const deployment = object.extend({
  kind: z.literal('Deployment'),
  spec: z.looseObject({
    replicas: z.number().int().min(1),
    selector: z.object({ matchLabels: labels }),
    template: z.looseObject({
      metadata: z.looseObject({ labels }),
      spec: z.looseObject({
        terminationGracePeriodSeconds: z.number().int().positive(),
        securityContext: z.looseObject({
          runAsNonRoot: z.literal(true),
          runAsUser: z.number().int(),
          runAsGroup: z.number().int(),
        }),
        containers: z
          .array(
            z.looseObject({
              name: z.string(),
              image: z.string(),
              ports: z.array(z.object({ name: z.string(), containerPort: z.number().int() })),
              env: z.array(envVar),
              startupProbe: probe,
              readinessProbe: probe,
              livenessProbe: probe,
              lifecycle: z.object({
                preStop: z.object({ exec: z.object({ command: z.tuple([z.literal('sleep'), z.string()]) }) }),
              }),
            }),
          )
          .length(1),
      }),
    }),
  }),
});
const service = object.extend({
  kind: z.literal('Service'),
  spec: z.looseObject({
    selector: labels,
    ports: z.array(z.looseObject({ port: z.number(), targetPort: z.union([z.string(), z.number()]) })),
    sessionAffinity: z.literal('ClientIP'),
  }),
});
const hpa = object.extend({
  apiVersion: z.literal('autoscaling/v2'),
  kind: z.literal('HorizontalPodAutoscaler'),
  spec: z.looseObject({
    scaleTargetRef: z.object({ apiVersion: z.string(), kind: z.string(), name: z.string() }),
    minReplicas: z.number().int().min(1),
    maxReplicas: z.number().int(),
    metrics: z
      .array(
        z.object({
          type: z.literal('Pods'),
          pods: z.object({
            metric: z.object({ name: z.string() }),
            target: z.object({ type: z.literal('AverageValue'), averageValue: z.string() }),
          }),
        }),
      )
      .min(1),
  }),
});
const pdb = object.extend({
  apiVersion: z.literal('policy/v1'),
  kind: z.literal('PodDisruptionBudget'),
  spec: z.looseObject({ selector: z.object({ matchLabels: labels }) }),
});

function k8sObjects() {
  const files = readdirSync(k8sDir).filter((f) => f.endsWith('.yaml'));
  const kustomization = z
    .object({ kind: z.literal('Kustomization'), resources: z.array(z.string()) })
    .loose()
    .parse(parseYaml('deploy/k8s/kustomization.yaml')[0]);
  const objects = kustomization.resources.flatMap((f) =>
    parseYaml(`deploy/k8s/${f}`).map((o) => object.parse(o)),
  );
  const one = <T extends z.ZodType>(schema: T, kind: string): z.output<T> => {
    const found = objects.filter((o) => o.kind === kind);
    expect(found, kind).toHaveLength(1);
    return schema.parse(found[0]);
  };
  return {
    files,
    kustomization,
    deployment: one(deployment, 'Deployment'),
    service: one(service, 'Service'),
    hpa: one(hpa, 'HorizontalPodAutoscaler'),
    pdb: one(pdb, 'PodDisruptionBudget'),
  };
}

const seconds = (value: string | undefined, name: string) => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${name} is not a number of seconds: ${value}`);
  return n;
};
const matches = (selector: Record<string, string>, podLabels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => podLabels[k] === v);
/** Placeholders for what a Secret or the shell supplies, valid for the setting they stand for. */
const placeholder = (name: string) =>
  name === 'DATABASE_URL'
    ? 'postgres://voice:pw@db:5432/voice_shopper'
    : name === 'PUBLIC_URL'
      ? 'https://shop.example.com'
      : 's'.repeat(40);

describe('Kubernetes manifests', () => {
  it('parse, list every manifest in the kustomization, and have the shapes the cluster needs', () => {
    const { files, kustomization } = k8sObjects();
    const notApplied = ['kustomization.yaml', 'prometheus-adapter-values.yaml'];
    expect([...kustomization.resources].sort()).toEqual(files.filter((f) => !notApplied.includes(f)).sort());
  });

  it('set only variables the server reads, and a configuration it accepts in production', () => {
    const [container] = k8sObjects().deployment.spec.template.spec.containers;
    const env = Object.fromEntries(
      container!.env.map((e) => [e.name, 'value' in e ? e.value : placeholder(e.name)]),
    );
    expect(Object.keys(env).filter((name) => !knownVariables.has(name))).toEqual([]);
    const config = loadConfig(env);
    expect(productionProblems(config)).toEqual([]);
    expect(config.store.DATABASE_URL).toBeDefined();
  });

  it('probe the server’s health routes and give its shutdown the whole grace period', () => {
    const { deployment: d } = k8sObjects();
    const pod = d.spec.template.spec;
    const [c] = pod.containers;
    expect(c!.readinessProbe.httpGet.path).toBe('/readyz');
    expect(c!.livenessProbe.httpGet.path).toBe('/healthz');
    expect(c!.ports).toEqual([{ name: 'http', containerPort: 7860 }]);
    const env = Object.fromEntries(c!.env.flatMap((e) => ('value' in e ? [[e.name, e.value]] : [])));
    expect(env.PORT).toBe('7860');
    const { server } = loadConfig(env, ['server']);
    const preStop = seconds(c!.lifecycle.preStop.exec.command[1], 'preStop sleep');
    // preStop, then SIGTERM: the drain, then the close, before the kubelet's SIGKILL.
    expect(server.SHUTDOWN_DRAIN_S).toBeGreaterThan(0);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
      preStop + server.SHUTDOWN_DRAIN_S + server.SHUTDOWN_TIMEOUT_S,
    );
  });

  it('select the Deployment’s pods from the Service and the PodDisruptionBudget, and scale it on an exported metric', async () => {
    const { deployment: d, service: s, hpa: h, pdb: p } = k8sObjects();
    const podLabels = d.spec.template.metadata.labels;
    expect(matches(d.spec.selector.matchLabels, podLabels)).toBe(true);
    expect(matches(s.spec.selector, podLabels)).toBe(true);
    expect(matches(p.spec.selector.matchLabels, podLabels)).toBe(true);
    const portNames = d.spec.template.spec.containers[0]!.ports.map((x) => x.name);
    for (const port of s.spec.ports) expect(portNames).toContain(port.targetPort);

    expect(h.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: d.metadata.name,
    });
    expect(h.spec.minReplicas).toBeLessThanOrEqual(h.spec.maxReplicas);
    const exported = (await new ServerMetrics().registry.getMetricsAsJSON()).map((m) => m.name);
    const scaledOn = h.spec.metrics.map((m) => m.pods.metric.name);
    expect(scaledOn.filter((name) => !exported.includes(name))).toEqual([]);
    // The adapter rule serves that same series under that name.
    const adapter = z
      .object({
        rules: z.object({
          custom: z.array(
            z.looseObject({
              seriesQuery: z.string(),
              name: z.object({ matches: z.string(), as: z.string() }),
            }),
          ),
        }),
      })
      .loose()
      .parse(parseYaml('deploy/k8s/prometheus-adapter-values.yaml')[0]);
    for (const name of scaledOn) {
      const rule = adapter.rules.custom.find((r) => r.name.as === name);
      expect(rule?.seriesQuery.startsWith(`${name}{`), name).toBe(true);
    }
  });
});

describe('compose file', () => {
  const composeSchema = z.looseObject({
    services: z.looseObject({
      app: z.looseObject({
        build: z.object({ context: z.string(), dockerfile: z.string() }),
        environment: z.record(z.string(), z.string()),
        stop_grace_period: z.string().regex(/^\d+s$/),
        healthcheck: z.looseObject({ test: z.array(z.string()) }),
        depends_on: z.object({ db: z.object({ condition: z.literal('service_healthy') }) }),
      }),
      db: z.looseObject({ image: z.string().startsWith('postgres:') }),
    }),
  });

  /** Compose's interpolation: `${X:-default}` takes the default, `${X:?message}` a placeholder. */
  const interpolate = (name: string, value: string) =>
    value.replace(
      /\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g,
      (_m, _v: string, op: string | undefined, arg: string) => (op === '-' ? arg : placeholder(name)),
    );

  it('runs the app on PostgreSQL with settings the server accepts, checked on /readyz, stopped after the drain', () => {
    const compose = composeSchema.parse(parseYaml('deploy/compose.yaml')[0]);
    const app = compose.services.app;
    const env = Object.fromEntries(
      Object.entries(app.environment).map(([name, value]) => [name, interpolate(name, value)]),
    );
    expect(Object.keys(env).filter((name) => !knownVariables.has(name))).toEqual([]);
    const config = loadConfig(env);
    expect(productionProblems(config)).toEqual([]);
    expect(new URL(config.store.DATABASE_URL!).hostname).toBe('db');
    expect(app.healthcheck.test.join(' ')).toContain('/readyz');
    expect(seconds(app.stop_grace_period.replace(/s$/, ''), 'stop_grace_period')).toBeGreaterThan(
      config.server.SHUTDOWN_DRAIN_S + config.server.SHUTDOWN_TIMEOUT_S,
    );
    expect(path.resolve(root, 'deploy', app.build.context, app.build.dockerfile)).toBe(
      path.join(root, 'deploy/Dockerfile'),
    );
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('deploy/Dockerfile');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds on debian:bookworm-slim and runs as the non-root user the pods require, on port 7860, checked on /readyz', () => {
    expect([...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])).toEqual([
      'debian:bookworm-slim',
      'debian:bookworm-slim',
    ]);
    const uid = Number(/useradd[^\n]*--uid (\d+)/.exec(runtime)?.[1]);
    const pod = k8sObjects().deployment.spec.template.spec;
    expect(uid).toBe(pod.securityContext.runAsUser);
    expect(Number(/useradd[^\n]*--gid (\d+)/.exec(runtime)?.[1])).toBe(pod.securityContext.runAsGroup);
    expect(uid).toBeGreaterThan(0);
    expect(/^USER (\S+)/m.exec(runtime)?.[1]).not.toMatch(/^(root|0)$/);
    expect(/^EXPOSE (\d+)/m.exec(runtime)?.[1]).toBe('7860');
    expect(/^HEALTHCHECK [\s\S]*?\/readyz/m.test(runtime)).toBe(true);
  });

  it('installs the apt packages scripts/setup.sh installs, but the browser-test ones', () => {
    const list =
      /APT_PACKAGES=\(([^)]*)\)/.exec(read('scripts/setup.sh'))?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    expect(list.length).toBeGreaterThan(0);
    const browserOnly = ['chromium', 'fonts-dejavu-core'];
    const install = /apt-get install[^\n]*\\\n((?:[^\n]*\\\n)*[^\n]*)/.exec(runtime)?.[1] ?? '';
    const installed = install.split(/[\s\\&]+/).filter((w) => /^[a-z0-9][a-z0-9.+-]+$/.test(w));
    expect(list.filter((p) => !browserOnly.includes(p) && !installed.includes(p))).toEqual([]);
  });
});
