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
    // components/layout/link.tsx prefetches on intent; next-intl's Link would prefetch every link in view at load.
    // app/not-found.tsx is outside the locales and their layout: Next's own Link is the one it can use.
    ignores: ["components/layout/link.tsx", "app/not-found.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/core/i18n/navigation",
              importNames: ["Link"],
              message: "Use Link from @/components/layout/link (it prefetches on intent).",
            },
            { name: "next/link", message: "Use Link from @/components/layout/link (locale-aware, prefetches on intent)." },
          ],
        },
      ],
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
