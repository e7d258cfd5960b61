/**
 * Turns what the official SDKs put on the wire (the vectors' `expected.wire` / `expected.on_the_wire`)
 * into the request shape the verifiers receive from the emulator core, and back from our own signers.
 */
import type { SignedRequest } from "../../../provider/signers";
import type { AuthRequest } from "../../../emulator/auth";
import type { Acs3Vector, HuaweiVector, RpcV1Vector } from "../../provider/signers/vectorFiles";

export const lookupSecret = (id: string): string | undefined => (id === "testid" ? "testsecret" : undefined);

/** Lower-cases names and joins repeats with ", " as Node's HTTP parser does. */
function headerRecord(entries: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    out[lower] = out[lower] === undefined ? value.trim() : `${out[lower]}, ${value.trim()}`;
  }
  return out;
}

function fromAbsoluteUrl(
  method: string,
  absolute: string,
  headers: Record<string, string>,
  body: string | null,
): AuthRequest {
  const url = new URL(absolute);
  return {
    method,
    url: url.pathname + url.search,
    headers: { host: url.host, ...headerRecord(Object.entries(headers)) },
    body: Buffer.from(body ?? "", "utf8"),
  };
}

export function rpcV1WireRequest(v: RpcV1Vector): AuthRequest {
  const w = v.expected.wire;
  return fromAbsoluteUrl(w.method, w.url, w.headers, w.body);
}

export function acs3WireRequest(v: Acs3Vector): AuthRequest {
  const w = v.expected.wire;
  return fromAbsoluteUrl(w.method, w.url, w.headers, w.body);
}

export function huaweiWireRequest(v: HuaweiVector): AuthRequest {
  const w = v.expected.on_the_wire;
  if (w !== undefined) {
    const [method, target] = w.request_line.split(" ");
    return { method: method!, url: target!, headers: headerRecord(w.headers), body: Buffer.from(w.body ?? "", "utf8") };
  }
  const r = v.inputs.request;
  const returned = v.expected.returned_headers;
  if (r === undefined || returned === undefined) throw new Error(`vector ${v.name} has no wire request`);
  const url = new URL(r.endpoint);
  return { method: r.method, url: url.pathname + url.search, headers: headerRecord(Object.entries(returned)), body: Buffer.alloc(0) };
}

/** The request our client would send for a signer's output. */
export function wireOf(signed: SignedRequest): AuthRequest {
  return {
    method: signed.method,
    url: signed.path,
    headers: { ...signed.headers },
    body: Buffer.from(signed.body ?? "", "utf8"),
  };
}
