/**
 * Test-side mapping from a vector's SDK-shaped inputs to our signer API (the signers are not bent to fit
 * the SDKs: where an SDK call cannot be expressed through `signRpcV1` / `signAcs3` / `signHuawei`, the
 * mapping composes the exported steps or the lower-level `signAcs3Request`, and says why).
 */
import {
  type Acs3Result,
  type AlibabaCredentials,
  type HuaweiCredentials,
  type HuaweiSignInput,
  type HuaweiStamp,
  type RpcV1Result,
  flattenAlibabaParams,
  formatSdkDate,
  rpcCanonicalQuery,
  rpcCommonParams,
  rpcSignature,
  rpcStringToSign,
  signAcs3,
  signAcs3Request,
  signHuawei,
  signRpcV1,
} from "../../../provider/signers";
import type { Acs3Vector, HuaweiVector, RpcV1Vector } from "./vectorFiles";

// ---------------------------------------------------------------- RPC v1

export function rpcV1Credentials(v: RpcV1Vector): AlibabaCredentials {
  const c: AlibabaCredentials = { accessKeyId: v.inputs.access_key_id, accessKeySecret: v.inputs.access_key_secret };
  if (v.inputs.security_token !== null) c.securityToken = v.inputs.security_token;
  return c;
}

export function isPopCoreVector(v: RpcV1Vector): boolean {
  return v.producer.package === "@alicloud/pop-core";
}

export type RpcV1Replay = Pick<RpcV1Result, "canonicalQuery" | "stringToSign" | "signature"> & {
  /** The full signed request, when the vector could go through `signRpcV1` itself. */
  signed?: RpcV1Result;
};

/**
 * pop-core vectors go through `signRpcV1` unchanged. openapi-client sends `Format=json` (lower case,
 * spec/signing.md §2.1) where our signer sends `JSON`, so those vectors are replayed through the named
 * steps with that one common parameter swapped.
 */
export function replayRpcV1(v: RpcV1Vector): RpcV1Replay {
  const credentials = rpcV1Credentials(v);
  const stamp = { timestamp: v.inputs.timestamp, nonce: v.inputs.signature_nonce };
  if (isPopCoreVector(v)) {
    const signed = signRpcV1(
      {
        method: v.inputs.http_method,
        host: v.inputs.host,
        action: v.inputs.action,
        version: v.inputs.api_version,
        params: v.inputs.sdk_params ?? {},
      },
      credentials,
      stamp,
    );
    return { ...signed, signed };
  }
  const common = rpcCommonParams({ action: v.inputs.action, version: v.inputs.api_version }, credentials, stamp).map(
    ([name, value]): [string, string] => (name === "Format" ? [name, "json"] : [name, value]),
  );
  const business = flattenAlibabaParams(v.inputs.sdk_query ?? {}).concat(
    flattenAlibabaParams(v.inputs.sdk_body ?? {}),
  );
  const canonicalQuery = rpcCanonicalQuery(common.concat(business));
  const stringToSign = rpcStringToSign(v.inputs.http_method, canonicalQuery);
  return { canonicalQuery, stringToSign, signature: rpcSignature(stringToSign, credentials.accessKeySecret) };
}

// ---------------------------------------------------------------- ACS3

export function acs3Credentials(v: Acs3Vector): AlibabaCredentials {
  const c: AlibabaCredentials = { accessKeyId: v.inputs.access_key_id, accessKeySecret: v.inputs.access_key_secret };
  if (v.inputs.security_token !== null) c.securityToken = v.inputs.security_token;
  return c;
}

/** True when the SDK call is expressible as one `signAcs3` call (form body or query, path "/"). */
export function isDirectAcs3(v: Acs3Vector): boolean {
  return (
    v.inputs.pathname === "/" &&
    v.inputs.req_body_type === "formData" &&
    !(v.inputs.sdk_query !== null && v.inputs.sdk_body !== null)
  );
}

/**
 * `x-acs-credentials-provider` is added by @alicloud/credentials and signed (§3.2), so it is passed as an
 * extra header. Requests with both query and body parameters, JSON bodies or a ROA path go through
 * `signAcs3Request` with the exact body bytes the SDK sent (§3.3: the signature covers the bytes sent).
 */
export function replayAcs3(v: Acs3Vector): Acs3Result {
  const headers: Record<string, string> = { ...(v.inputs.sdk_headers ?? {}) };
  const provider = v.expected.wire.headers["x-acs-credentials-provider"];
  if (provider !== undefined) headers["x-acs-credentials-provider"] = provider;
  const credentials = acs3Credentials(v);
  const stamp = { timestamp: v.inputs.x_acs_date, nonce: v.inputs.x_acs_signature_nonce };
  const base = {
    method: v.inputs.http_method,
    host: v.inputs.host,
    action: v.inputs.action,
    version: v.inputs.api_version,
    headers,
  };
  if (isDirectAcs3(v)) {
    const body = v.inputs.sdk_body;
    return signAcs3(
      { ...base, params: body ?? v.inputs.sdk_query ?? {}, placement: body !== null ? "body" : "query" },
      credentials,
      stamp,
    );
  }
  const contentType = v.expected.wire.headers["content-type"];
  const bodySent = v.intermediates.body_sent;
  return signAcs3Request(
    {
      ...base,
      pathname: v.inputs.pathname,
      query: flattenAlibabaParams(v.inputs.sdk_query ?? {}),
      ...(bodySent !== null && contentType !== undefined ? { body: { text: bodySent, contentType } } : {}),
    },
    credentials,
    stamp,
  );
}

// ---------------------------------------------------------------- Huawei

export interface HuaweiReplayInput {
  input: HuaweiSignInput;
  credentials: HuaweiCredentials;
  stamp: HuaweiStamp;
}

/** The SDK test harness writes an `undefined` query value as this marker (JSON has no undefined). */
const UNDEFINED_MARKER = "<undefined>";

function queryOf(raw: Record<string, string | number | null | Array<string | number>>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    // §6 rule 4: null/undefined parameters are dropped, not signed as words.
    if (value === null || value === UNDEFINED_MARKER) continue;
    query[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return query;
}

/**
 * Maps `HcClient.sendRequest(sdk_options)` (or a direct `AKSKSigner.sign` call) to `signHuawei`: path
 * template filled with the decoded path parameters, the operation's content type as a header (the SDK
 * sends it even on GET, §4.1), `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` for non-JSON content types as the
 * SDK adds it (§4.3), a caller-supplied X-Sdk-Date used as the stamp, JSON data serialised once.
 */
export function huaweiReplayInput(v: HuaweiVector): HuaweiReplayInput {
  const credentials: HuaweiCredentials = { accessKey: v.inputs.ak, secretKey: v.inputs.sk };
  if (v.inputs.project_id !== undefined) credentials.projectId = v.inputs.project_id;
  if (v.inputs.security_token) credentials.securityToken = v.inputs.security_token;
  let sdkDate = formatSdkDate(Date.parse(v.inputs.clock_utc));

  const direct = v.inputs.request;
  if (direct !== undefined) {
    const url = new URL(direct.endpoint);
    const input: HuaweiSignInput = {
      method: direct.method,
      host: url.host,
      path: decodeURIComponent(url.pathname),
      query: queryOf(direct.queryParams),
      headers: direct.headers,
    };
    if (direct.data !== null && direct.data !== undefined) input.body = JSON.stringify(direct.data);
    return { input, credentials, stamp: { sdkDate } };
  }
  const o = v.inputs.sdk_options;
  if (o === undefined || v.inputs.endpoint === undefined) throw new Error(`vector ${v.name} has no request`);
  const path = o.url.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === "project_id" ? (v.inputs.project_id ?? "") : (o.pathParams[name] ?? ""),
  );
  const headers: Record<string, string> = { "content-type": o.contentType };
  for (const [name, value] of Object.entries(o.headers)) {
    const lower = name.toLowerCase();
    if (lower === "x-sdk-date") sdkDate = value;
    else headers[lower] = value;
  }
  if (!o.contentType.includes("application/json")) headers["x-sdk-content-sha256"] = "UNSIGNED-PAYLOAD";
  const input: HuaweiSignInput = {
    method: o.method,
    host: new URL(v.inputs.endpoint).host,
    path,
    query: queryOf(o.queryParams),
    headers,
  };
  if (o.data !== undefined) input.body = typeof o.data === "string" ? o.data : JSON.stringify(o.data);
  return { input, credentials, stamp: { sdkDate } };
}

export function replayHuawei(v: HuaweiVector) {
  const { input, credentials, stamp } = huaweiReplayInput(v);
  return signHuawei(input, credentials, stamp);
}

// ---------------------------------------------------------------- wire helpers

/** Decoded name/value pairs of a raw query string (form semantics: "+" is a space), sorted. */
export function decodedQuery(rawQuery: string): Array<[string, string]> {
  return [...new URLSearchParams(rawQuery)].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
  );
}

export function splitTarget(target: string): { pathname: string; query: string } {
  const q = target.indexOf("?");
  return q < 0 ? { pathname: target, query: "" } : { pathname: target.slice(0, q), query: target.slice(q + 1) };
}
