/** Shapes shared by the three signers (the API of notes/signers-api.md). */

export type AlibabaParamValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly AlibabaParamValue[]
  | { readonly [k: string]: AlibabaParamValue };

export interface AlibabaCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export interface AlibabaSignInput {
  method: "GET" | "POST";
  /** host[:port] exactly as the endpoint names it (it is signed in ACS3, §3.2). */
  host: string;
  action: string;
  version: string;
  /** Business parameters, unflattened. */
  params: Readonly<Record<string, AlibabaParamValue>>;
  /** Where business parameters travel (default: "body" for POST, "query" for GET). */
  placement?: "query" | "body";
  /**
   * ACS3 only: extra headers to send. `x-acs-*` ones are signed (values trimmed, §3.4 step 3); others
   * (e.g. `accept`) are sent unsigned. Must not name a header the signer sets itself.
   */
  headers?: Readonly<Record<string, string>>;
}

export interface SignedRequest {
  method: string;
  /** "/" plus "?query" if any, already encoded. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The exact text to send; the signature covers these bytes. */
  body?: string;
}

export interface RpcV1Result extends SignedRequest {
  canonicalQuery: string;
  stringToSign: string;
  signature: string;
}

export interface Acs3Result extends SignedRequest {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

export interface HuaweiCredentials {
  accessKey: string;
  secretKey: string;
  securityToken?: string;
  projectId?: string;
}

export interface HuaweiSignInput {
  method: string;
  /** host[:port] */
  host: string;
  /** Decoded segments joined by "/"; the signer percent-encodes each segment (§4.2 step 1, §4.5). */
  path: string;
  query?: Readonly<Record<string, string | readonly string[]>>;
  /** Extra headers to sign (e.g. workspace); content-type is set by the signer when a body is given. */
  headers?: Readonly<Record<string, string>>;
  /** Exact JSON text that will be sent. */
  body?: string;
}

export interface HuaweiResult extends SignedRequest {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

export interface AlibabaStamp {
  /** `YYYY-MM-DDThh:mm:ssZ` (see formatAlibabaTimestamp). */
  timestamp: string;
  /** Unique per request (a UUID v4 is recommended, §6 rule 3). */
  nonce: string;
}

export interface HuaweiStamp {
  /** `YYYYMMDDTHHmmssZ` (see formatSdkDate). */
  sdkDate: string;
}
