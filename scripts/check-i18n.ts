// Fails when messages/fr.json and messages/az.json do not have the same keys,
// or when a message is empty, or when the two differ in their {placeholders}.
import fs from "node:fs";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort().join(",");
const load = (locale: string) => flatten(JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")));
const fr = load("fr");
const az = load("az");
const problems: string[] = [];

for (const key of fr.keys()) if (!az.has(key)) problems.push(`missing in az.json: ${key}`);
for (const key of az.keys()) if (!fr.has(key)) problems.push(`missing in fr.json: ${key}`);
for (const [key, text] of fr) {
  const other = az.get(key);
  if (!text.trim() || (other !== undefined && !other.trim())) problems.push(`empty message: ${key}`);
  if (other !== undefined && placeholders(text) !== placeholders(other)) problems.push(`placeholders differ: ${key}`);
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`messages: ${fr.size} keys, the same in fr.json and az.json`);
