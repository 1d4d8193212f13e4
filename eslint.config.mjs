import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without a where clause empties a table: never on purpose here.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    files: ["components/**/*.tsx"],
    rules: {
      // A server action bound during a render sends Next into an endless loop when a form is
      // posted without JavaScript (vercel/next.js#57867): components/forms/bound-action.ts binds once.
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='bind']", message: "Bind server actions with boundAction() from components/forms/bound-action.ts." },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "db/migrations/**"]),
]);
