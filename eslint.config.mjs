import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next*/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  // Layers point one way: app -> components -> lib -> prisma (docs/decisions/001, 031).
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/db(/|$)|/(queries|mutations)$",
              message: "components/ never read or write the database: the route passes the data in, a server action (actions.ts) writes.",
            },
            {
              regex: "^(@/|(\\.\\./)+)lib/generated/prisma/(client|internal)(/|$)|^@prisma/",
              allowTypeImports: true,
              message: "components/ never hold a Prisma client: import its types only (`import type`).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // Tests beside the code call the routes and render the components they test.
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
              message: "lib/ is the domain under app/ and components/: it never imports them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    // RFC 8058 one-click unsubscribe is a POST route handler, an endpoint of its own (no server action).
    ignores: ["app/api/unsubscribe/\\[token\\]/route.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "/mutations$",
              message: "Routes do not write: call a server action (lib/<noun>/actions.ts) or read through queries.ts.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
