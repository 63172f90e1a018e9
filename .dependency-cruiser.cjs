/**
 * Layering rules (docs/architecture.md). Run by scripts/test.sh before the tests:
 * `npm run lint:layers`.
 * Dependencies point inward: pipeline ← audio ← services/transports/rtvi ← server; the shop
 * domain never imports voice code.
 */
/** A leaf (no imports) formatting helper every benchmark shares. */
const BENCH_TABLE = '^src/bench/table\\.ts$';
/** Every layer declares its own config section with this leaf helper (issue 13's config tree). */
const CONFIG_SECTION = '^src/config/section\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'Runtime import cycles make load order matter and hide layering mistakes; extract the shared part.',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'no-type-only-cycles',
      severity: 'warn',
      comment:
        'A cycle through `import type` is erased at runtime (no load-order hazard) but is still worth ' +
        'untangling, e.g. a provider typed by its own config section instead of the whole config.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pipeline-imports-nothing-above',
      severity: 'error',
      comment: 'src/pipeline is the core: it may import only itself (the logger, the config section helper).',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/', pathNot: ['^src/pipeline/', '^src/log/', CONFIG_SECTION, BENCH_TABLE] },
    },
    {
      name: 'audio-imports-only-pipeline',
      severity: 'error',
      comment: 'src/audio may import only src/pipeline (the logger, the config section helper).',
      from: { path: '^src/audio/' },
      to: {
        path: '^src/',
        pathNot: ['^src/audio/', '^src/pipeline/', '^src/log/', CONFIG_SECTION, BENCH_TABLE],
      },
    },
    {
      name: 'shop-imports-no-voice-code',
      severity: 'error',
      comment:
        'The shop domain is voice-agnostic: no pipeline, audio, services, transports, rtvi or server. ' +
        'The injectable Clock (src/pipeline/clock.ts, a leaf with no imports) is the one shared kernel.',
      from: { path: '^src/shop/' },
      to: {
        path: '^src/(pipeline|audio|services|transports|rtvi|server|cli|bench)/',
        pathNot: ['^src/pipeline/clock\\.ts$', BENCH_TABLE],
      },
    },
    {
      name: 'agents-import-no-voice-or-shop-code',
      severity: 'error',
      comment:
        'src/agents (profiles, knowledge, safety: layer 6b, beside the shop) is voice-agnostic and below ' +
        'the shop: pipeline/services/transports/server and the shop import it, never the other way round.',
      from: { path: '^src/agents/' },
      to: {
        path: '^src/(pipeline|audio|services|transports|rtvi|server|cli|bench|shop)/',
        pathNot: ['^src/pipeline/clock\\.ts$', BENCH_TABLE],
      },
    },
    {
      name: 'lang-is-a-leaf',
      severity: 'error',
      comment:
        'src/lang holds language resources (WordNet, dictionary forms) that the shop and the agents both read; ' +
        'it imports nothing of ours.',
      from: { path: '^src/lang/' },
      to: { path: '^src/', pathNot: ['^src/lang/'] },
    },
    {
      name: 'threads-is-a-leaf',
      severity: 'error',
      comment:
        'src/threads runs CPU-bound jobs in worker threads for every layer (shop, agents, services); ' +
        'it imports nothing of ours.',
      from: { path: '^src/threads/' },
      to: { path: '^src/', pathNot: ['^src/threads/'] },
    },
    {
      name: 'config-section-is-a-leaf',
      severity: 'error',
      comment: 'src/config/section.ts is imported by every layer, so it must import nothing of ours.',
      from: { path: CONFIG_SECTION },
      to: { path: '^src/' },
    },
    {
      name: 'clock-is-a-leaf',
      severity: 'error',
      comment: 'src/pipeline/clock.ts is shared with the shop, so it must stay free of imports.',
      from: { path: '^src/pipeline/clock\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'rtvi-imports-no-transport',
      severity: 'error',
      comment:
        'RTVI is a protocol over pipeline frames; transports use it, never the other way round ' +
        '(a folder-level cycle otherwise).',
      from: { path: '^src/rtvi/' },
      to: { path: '^src/(transports|services|server|shop/(?!contract\\.ts$))' },
    },
    {
      name: 'only-benches-import-bench-code',
      severity: 'error',
      comment: 'src/bench is tooling: product code must not depend on it.',
      from: { path: '^src/', pathNot: ['^src/bench/', '^src/cli/', '\\.bench(\\.test)?\\.ts$'] },
      to: { path: '^src/bench/' },
    },
    {
      name: 'store-imports-no-shop-or-voice-code',
      severity: 'error',
      comment:
        'src/store holds persistence only, below the shop: it must not reach into the shop, the voice ' +
        'layers or the server (the injectable Clock excepted).',
      from: { path: '^src/store/' },
      to: {
        path: '^src/(pipeline/(?!clock\\.ts$)|audio|services|transports|rtvi|server|cli|bench|shop/|cluster/)',
      },
    },
    {
      name: 'voice-layers-import-no-server',
      severity: 'error',
      comment: 'services, transports and rtvi are assembled by the server, never the other way round.',
      from: { path: '^src/(services|transports|rtvi)/' },
      to: { path: '^src/(server|cli|cluster)/' },
    },
    {
      name: 'cluster-imports-no-voice-code',
      severity: 'error',
      comment:
        'src/cluster (many nodes over Redis) sits between the server and the store: server → cluster → ' +
        'store. It knows nothing of voice, the shop or the server (the clock, the logger, http helpers excepted).',
      from: { path: '^src/cluster/' },
      to: {
        path: '^src/(pipeline/(?!clock\\.ts$)|audio|services|transports|rtvi|server|cli|bench|shop|agents)/',
      },
    },
    {
      name: 'web-imports-only-the-shop-contract',
      severity: 'error',
      comment:
        'The web app shares the UI contract with the server (types, and the zod schemas to validate ' +
        'incoming events) and the transport list types, and nothing else: server code must not end ' +
        'up in the browser bundle.',
      from: { path: '^web/' },
      to: {
        path: '^src/',
        pathNot: ['^src/shop/contract\\.ts$', '^src/shop/ui-events\\.ts$', '^src/transports/contract\\.ts$'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      // Convex generates only declarations (dataModel.d.ts) for its data model's types.
      to: { couldNotResolve: true, pathNot: '(^|/)_generated/dataModel\\.js$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^web/(\\.next|out)/', '^\\.tools/', '^data/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
