// The import direction of docs/architecture.md, checked by `npm run lint:deps`:
// core ← trade, projects ← claims ← checker ← (import, seed, openapi, backup, share) ← app, components, scripts.
// Slices are listed explicitly so that a new folder under lib/ must be placed in the order.
const layer = (name, from, allowed) => ({
  name,
  comment: `${from} may import only ${allowed.join(", ")}`,
  severity: "error",
  from: { path: from },
  to: { path: "^(lib|app|components|scripts|tests)/", pathNot: allowed.map((a) => `^${a}`) },
});

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "modules that import each other in a circle", from: {}, to: { circular: true } },
    layer("core-imports-no-domain", "^lib/core/", ["lib/core/", "lib/generated/"]),
    layer("trade-imports-core", "^lib/trade/", ["lib/core/", "lib/generated/", "lib/trade/"]),
    layer("projects-imports-core", "^lib/projects/", ["lib/core/", "lib/generated/", "lib/projects/"]),
    layer("claims-imports-trade-projects", "^lib/claims/", ["lib/core/", "lib/generated/", "lib/trade/", "lib/projects/", "lib/claims/"]),
    layer("checker-imports-claims", "^lib/checker/", ["lib/core/", "lib/generated/", "lib/trade/", "lib/projects/", "lib/claims/", "lib/checker/"]),
    layer("assemblers-import-slices", "^lib/(import|seed|openapi|backup|share)/", ["lib/"]),
    {
      name: "messages-are-data",
      comment: "messages/ holds the interface's strings; it may name lib/core's locale type, nothing else",
      severity: "error",
      from: { path: "^messages/" },
      to: { path: "^(app|components|scripts|tests|lib)/", pathNot: "^lib/core/i18n/" },
    },
    {
      name: "lib-is-not-ui",
      comment: "lib/ never imports pages, components, scripts or tests",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components|scripts|tests)/" },
    },
    {
      name: "lib-folders-known",
      comment: "every folder of lib/ has a place in the order above",
      severity: "error",
      from: { path: "^lib/", pathNot: "^lib/(core|generated|trade|projects|claims|checker|import|seed|openapi|backup|share)/" },
      to: {},
    },
    {
      name: "domain-imports-no-view-logic",
      comment: "queries, schemas, verdicts, seeds and imports never import chart, table, URL-state, query-option or prefetch modules",
      severity: "error",
      from: { path: "^lib/", pathNot: "^lib/[^/]+/(chart-|table-|url-state|query-options|prefetch)" },
      to: { path: "^lib/[^/]+/(chart-|table-|url-state|query-options|prefetch)", pathNot: "^lib/core/" },
    },
    {
      name: "no-orphans",
      severity: "warn",
      from: {
        orphan: true,
        pathNot: ["^app/", "\\.d\\.ts$", "(^|/)\\.[^/]+\\.(c|m)?js$", "\\.config\\.(ts|js|mjs)$", "^next-env", "^tests/", "^scripts/"],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|node_modules|\\.next)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
  },
};
