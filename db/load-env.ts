import nextEnv from "@next/env";

// The command-line scripts read .env.local as `next` does.
nextEnv.loadEnvConfig(process.cwd());
