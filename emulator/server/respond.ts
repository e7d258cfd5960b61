import type { ServerResponse } from "node:http";

/** Writes a JSON answer (every answer of the emulator is JSON, spec/dataworks.md §1.3). */
export function respondJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...(text === "" ? {} : { "Content-Type": "application/json;charset=utf-8" }),
    "Content-Length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
