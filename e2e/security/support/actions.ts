import fs from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** Every server action of the build, as "actions/file.ts#exportedName" → action id. */
export function builtActions(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

/** Stands for the FormData argument in an action's arguments. */
export const FORM = Symbol("form");
export type ActionCall = { path: string; args: unknown[]; form?: Record<string, string | string[]>; headers?: Record<string, string> };

/**
 * Posts to a server action as React's client does (Next-Action header, the
 * arguments encoded as a multipart reply), from a client that never loaded
 * the form: no Origin, no router state.
 */
export function replayAction(client: APIRequestContext, actionId: string, call: ActionCall): Promise<APIResponse> {
  const multipart = new FormData();
  // React 19.3 names the fields of the FormData argument "$K1" as "_1_<field>".
  for (const [name, value] of Object.entries(call.form ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) multipart.append(`_1_${name}`, one);
  }
  multipart.append("0", JSON.stringify(call.args.map((arg) => (arg === FORM ? "$K1" : arg))));
  return client.post(call.path, {
    headers: { "Next-Action": actionId, Accept: "text/x-component", ...call.headers },
    multipart,
    maxRedirects: 0,
  });
}

export type Part = { name: string; value: string | Buffer; filename?: string };

/** Like replayAction, with the multipart body written byte by byte: files where text is expected, invalid UTF-8. */
export function replayActionParts(client: APIRequestContext, actionId: string, path: string, args: unknown[], parts: Part[]): Promise<APIResponse> {
  const boundary = `----security${Date.now()}`;
  const chunks: Buffer[] = [];
  for (const part of [...parts.map((p) => ({ ...p, name: `_1_${p.name}` })), { name: "0", value: JSON.stringify(args.map((arg) => (arg === FORM ? "$K1" : arg))) }]) {
    const file = "filename" in part && part.filename ? `; filename="${part.filename}"\r\nContent-Type: application/octet-stream` : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}\r\n\r\n`), Buffer.from(part.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return client.post(path, {
    headers: { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": `multipart/form-data; boundary=${boundary}` },
    data: Buffer.concat(chunks),
    maxRedirects: 0,
  });
}
