/**
 * The signed vectors of /work/shared/vectors (spec/signing.md §1), parsed with zod at the file boundary.
 * Read from `../shared/vectors` relative to the repository root.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import type { AlibabaParamValue } from "../../../provider/signers";

export const VECTORS_DIR = resolve(__dirname, "../../..", "../shared/vectors");

const paramValue: z.ZodType<AlibabaParamValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(paramValue), z.record(z.string(), paramValue)]),
);
const params = z.record(z.string(), paramValue);
const pair = z.tuple([z.string(), z.string()]);

const common = {
  name: z.string(),
  informational: z.boolean(),
  description: z.string(),
};

export const RpcV1VectorSchema = z.object({
  ...common,
  producer: z.object({ package: z.string() }),
  inputs: z.object({
    access_key_id: z.string(),
    access_key_secret: z.string(),
    security_token: z.string().nullable(),
    host: z.string(),
    api_version: z.string(),
    action: z.string(),
    http_method: z.enum(["GET", "POST"]),
    timestamp: z.string(),
    signature_nonce: z.string(),
    sdk_params: params.optional(),
    sdk_query: params.nullable().optional(),
    sdk_body: params.nullable().optional(),
  }),
  intermediates: z.object({
    signed_params_sorted: z.array(pair),
    canonicalized_query_string: z.string(),
    string_to_sign: z.string(),
  }),
  expected: z.object({
    signature: z.string(),
    wire: z.object({
      method: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()),
      body: z.string().nullable(),
    }),
  }),
});
export type RpcV1Vector = z.infer<typeof RpcV1VectorSchema>;

export const Acs3VectorSchema = z.object({
  ...common,
  inputs: z.object({
    access_key_id: z.string(),
    access_key_secret: z.string(),
    security_token: z.string().nullable(),
    host: z.string(),
    api_version: z.string(),
    action: z.string(),
    http_method: z.enum(["GET", "POST"]),
    pathname: z.string(),
    req_body_type: z.string(),
    x_acs_date: z.string(),
    x_acs_signature_nonce: z.string(),
    sdk_query: params.nullable(),
    sdk_body: params.nullable(),
    sdk_headers: z.record(z.string(), z.string()).nullable(),
  }),
  intermediates: z.object({
    body_sent: z.string().nullable(),
    canonical_query_string: z.string(),
    canonical_headers: z.string(),
    signed_headers: z.string(),
    canonical_request: z.string(),
    string_to_sign: z.string(),
  }),
  expected: z.object({
    signature_hex: z.string(),
    authorization: z.string(),
    wire: z.object({
      method: z.string(),
      pathname: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()),
      body: z.string().nullable(),
    }),
  }),
  cross_check: z
    .object({
      identical_canonical_request_and_authorization: z.boolean(),
      authorization: z.string().optional(),
    })
    .optional(),
});
export type Acs3Vector = z.infer<typeof Acs3VectorSchema>;

const huaweiQueryValue = z.union([z.string(), z.number(), z.null(), z.array(z.union([z.string(), z.number()]))]);

export const HuaweiVectorSchema = z.object({
  ...common,
  inputs: z.object({
    ak: z.string(),
    sk: z.string(),
    project_id: z.string().optional(),
    security_token: z.string().nullable().optional(),
    endpoint: z.string().optional(),
    clock_utc: z.string(),
    sdk_options: z
      .object({
        method: z.string(),
        url: z.string(),
        contentType: z.string(),
        queryParams: z.record(z.string(), huaweiQueryValue),
        pathParams: z.record(z.string(), z.string()),
        headers: z.record(z.string(), z.string()),
        data: z.unknown().optional(),
      })
      .optional(),
    request: z
      .object({
        endpoint: z.string(),
        method: z.string(),
        headers: z.record(z.string(), z.string()),
        queryParams: z.record(z.string(), huaweiQueryValue),
        data: z.unknown().nullable(),
      })
      .optional(),
  }),
  intermediates: z.object({
    canonical_uri: z.string().optional(),
    canonical_query_string: z.string().optional(),
    canonical_headers: z.string().optional(),
    canonical_request: z.string(),
    string_to_sign: z.string(),
  }),
  expected: z.object({
    signature_hex: z.string(),
    authorization: z.string(),
    on_the_wire: z
      .object({
        request_line: z.string(),
        headers: z.array(pair),
        body: z.string().nullable(),
      })
      .optional(),
    /** Only for the direct AKSKSigner.sign vector: every header it returned to send. */
    returned_headers: z.record(z.string(), z.string()).optional(),
  }),
});
export type HuaweiVector = z.infer<typeof HuaweiVectorSchema>;

function load<T>(file: string, schema: z.ZodType<T>): T[] {
  const raw: unknown = JSON.parse(readFileSync(resolve(VECTORS_DIR, file), "utf8"));
  return z.object({ vectors: z.array(schema) }).parse(raw).vectors;
}

export const rpcV1Vectors = (): RpcV1Vector[] => load("aliyun-rpc-v1.json", RpcV1VectorSchema);
export const acs3Vectors = (): Acs3Vector[] => load("aliyun-acs3.json", Acs3VectorSchema);
export const huaweiVectors = (): HuaweiVector[] => load("huawei-sdk-hmac-sha256.json", HuaweiVectorSchema);
