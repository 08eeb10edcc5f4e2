// ESLint: Next's core-web-vitals and TypeScript rules (which carry
// typescript-eslint's recommended set), with formatting left to Prettier.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

const config = [
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // `_name` marks a value left out on purpose (destructuring a field away).
      // `import { type X }` can survive compilation as a side-effect import and drag a server module into the browser bundle
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "lib/generated/**",
      "prisma/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "bench-results/**",
      "tests/screenshots/**",
    ],
  },
];

export default config;
