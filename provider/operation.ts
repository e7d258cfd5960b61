/**
 * What a typed operation hands to the client: the wire action, its parameters, whether it may be
 * retried blindly, and the zod schema its answer must satisfy. The client does everything else
 * (sign, throttle, send, classify, retry, decode).
 */
import type { z } from "zod";

/** DataWorks throttling levels (spec/dataworks.md §1.8): 1 = 50 QPS, 2 = 20 QPS, 3 = 5 QPS + daily cap. */
export type DataWorksLevel = 1 | 2 | 3;

/** A scalar or a nested structure; the Alibaba client flattens arrays and objects (spec/signing.md §2.2). */
export type AlibabaParamValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly AlibabaParamValue[]
  | { readonly [key: string]: AlibabaParamValue };

export interface AlibabaOperation<T> {
  readonly cloud: "alibaba";
  readonly service: "dataworks";
  /** Wire action name, e.g. `CreateFile`. */
  readonly action: string;
  /** Business parameters (no common parameters; the client adds those). */
  readonly params: Readonly<Record<string, AlibabaParamValue>>;
  readonly level: DataWorksLevel;
  /** Reads, updates and deletes are idempotent; creates and actions (submit, deploy) are not. */
  readonly idempotent: boolean;
  readonly response: z.ZodType<T>;
}

export type HuaweiMethod = "GET" | "POST" | "PUT" | "DELETE";
export type HuaweiQueryValue = string | number | boolean | undefined | readonly string[];

export interface HuaweiOperation<T> {
  readonly cloud: "huawei";
  readonly service: "cdm" | "dli";
  /** Wire action in camelCase, e.g. `createCluster`, `showQueue`. */
  readonly action: string;
  readonly method: HuaweiMethod;
  /** Path with `{project_id}` left as a placeholder; other segments already substituted and PE-encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, HuaweiQueryValue>>;
  /** JSON body, sent as `application/json` and hashed exactly as sent (spec/signing.md §4.3). */
  readonly body?: unknown;
  readonly idempotent: boolean;
  readonly response: z.ZodType<T>;
}

export type Operation<T> = AlibabaOperation<T> | HuaweiOperation<T>;

/** What typed operation functions need from the client. */
export interface OperationSender {
  send<T>(operation: Operation<T>): Promise<T>;
}
