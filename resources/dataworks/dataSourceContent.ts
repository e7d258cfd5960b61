import { z } from "zod";
import { MASKED_SECRET } from "../../provider";

/**
 * Connection properties of data sources (`Content`, spec/dataworks.md §2.7.2): the keys of each
 * documented type, which of them are secrets, and how a read-back is brought into the input's form.
 *
 * The secrets (`password`, `accessKey`) are not part of `content`: they are top-level secret inputs
 * (ARCHITECTURE decision 3) merged into the JSON only when it is sent. ListDataSources masks them as
 * `***` (§2.7.2), so they are never compared with what the service reports.
 */

/** A property value as the service takes it: JSON text of an object of scalars (§0.7). */
export type ConnectionValue = string | number | boolean;
export type ConnectionProperties = { [key: string]: ConnectionValue };

/** The connection keys that hold secrets and must be given as top-level secret inputs. */
export const SECRET_CONNECTION_KEYS = ["password", "accessKey"] as const;
export type SecretConnectionKey = (typeof SECRET_CONNECTION_KEYS)[number];

/** Types whose documented `Content` carries a `password` (§2.7.2, including the list-only redis/ads). */
export const PASSWORD_TYPES: readonly string[] = [
  "mysql",
  "rds",
  "sqlserver",
  "polardb",
  "oracle",
  "mongodb",
  "postgresql",
  "analyticdb_for_mysql",
  "hybriddb_for_postgresql",
  "redis",
  "ads",
];

/** Types whose documented `Content` carries an `accessId`/`accessKey` pair (§2.7.2). */
export const ACCESS_KEY_TYPES: readonly string[] = ["odps", "oss", "emr", "holo"];

/** Types without a documented secret (§2.7.2). */
export const SECRETLESS_TYPES: readonly string[] = ["kafka"];

/**
 * Relational sources: instance mode (`tag: "rds"` with `instanceName` + `rdsOwnerId`) or
 * connection-string mode (`tag: "public"` with `jdbcUrl`), §2.7.2 observations.
 */
interface RelationalProperties {
  /** `rds` (instance mode) or `public` (connection string). */
  tag?: string;
  instanceName?: string;
  rdsOwnerId?: string;
  regionId?: string;
  jdbcUrl?: string;
  database?: string;
  username?: string;
  configType?: number | string;
}
interface JdbcProperties {
  tag?: string;
  jdbcUrl?: string;
  username?: string;
}
type Extra = { [key: string]: ConnectionValue | undefined };

/** The documented keys per type (§2.7.2); more keys are passed through as given. */
export interface DataSourceContentByType {
  odps: {
    accessId?: string;
    authType?: number | string;
    endpoint?: string;
    project?: string;
    tag?: string;
  } & Extra;
  mysql: RelationalProperties & Extra;
  rds: RelationalProperties & Extra;
  oss: { accessId?: string; bucket?: string; endpoint?: string; tag?: string } & Extra;
  sqlserver: JdbcProperties & Extra;
  polardb: {
    clusterId?: string;
    database?: string;
    ownerId?: string;
    region?: string;
    tag?: string;
    username?: string;
  } & Extra;
  oracle: JdbcProperties & Extra;
  /** `address` is a JSON array serialised as a string, e.g. `["host:3717"]`. */
  mongodb: { address?: string; database?: string; tag?: string; username?: string } & Extra;
  emr: {
    accessId?: string;
    authType?: number | string;
    emrAccessMode?: string;
    emrClusterId?: string;
    emrEndpoint?: string;
    emrProjectId?: string;
    emrResourceQueueName?: string;
    emrUserId?: string;
    name?: string;
    region?: string;
  } & Extra;
  postgresql: RelationalProperties & Extra;
  analyticdb_for_mysql: {
    instanceId?: string;
    database?: string;
    username?: string;
    connectionString?: string;
  } & Extra;
  hybriddb_for_postgresql: {
    connectionString?: string;
    database?: string;
    instanceId?: string;
    port?: string | number;
    ownerId?: string;
    username?: string;
  } & Extra;
  holo: { accessId?: string; database?: string; instanceId?: string; tag?: string } & Extra;
  kafka: { instanceId?: string; regionId?: string; tag?: string; ownerId?: string } & Extra;
  /** `address` is a JSON array serialised as a string, e.g. `[{"host":"r-x.redis.rds.aliyuncs.com","port":6379}]`. */
  redis: { address?: string; aliyunKp?: string; tag?: string } & Extra;
  ads: {
    configType?: number | string;
    schema?: string;
    tag?: string;
    url?: string;
    username?: string;
  } & Extra;
}

export type DataSourceTypeName = keyof DataSourceContentByType;

/** The `content` shape of type `T`: the documented keys for a documented type, any scalars otherwise. */
export type ContentFor<T extends string> = T extends DataSourceTypeName
  ? DataSourceContentByType[T]
  : ConnectionProperties;

/**
 * `content` as checked: scalars only, and no masked value copied from a read (sending it would
 * overwrite the real secret with `***`). A secret key inside `content` is reported by
 * `secretsInContent`, under the name of the secret input, so that its value is never echoed.
 */
export const contentField = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]), {
    error: "must be an object of strings, numbers and booleans",
  })
  .superRefine((content, ctx) => {
    for (const [key, value] of Object.entries(content)) {
      if (value === MASKED_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${MASKED_SECRET}" is the service's mask, not a value`,
        });
      }
    }
  });

/** The secret keys found inside `content`: they belong in the top-level secret inputs. */
export function secretsInContent(content: ConnectionProperties): SecretConnectionKey[] {
  return SECRET_CONNECTION_KEYS.filter((key) => key in content);
}

/** The JSON sent as `Content`: the properties with the secrets merged in. */
export function connectionJson(
  content: ConnectionProperties,
  secrets: Partial<Record<SecretConnectionKey, string | undefined>>,
): ConnectionProperties {
  const merged: ConnectionProperties = { ...content };
  for (const key of SECRET_CONNECTION_KEYS) {
    const value = secrets[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * A read-back in the input's form (§2.7.2, §4.8): only the keys the program set (the service adds
 * keys of its own), secrets left out, numbers and booleans that come back as strings turned back
 * into the program's type. A masked value keeps the configured one: it cannot be compared.
 */
export function contentAsConfigured(
  live: Record<string, unknown>,
  configured: ConnectionProperties,
): ConnectionProperties {
  const result: ConnectionProperties = {};
  for (const [key, want] of Object.entries(configured)) {
    const value = live[key];
    if (value === undefined || value === null) continue;
    if (value === MASKED_SECRET) {
      result[key] = want;
    } else if (
      typeof want === "number" &&
      typeof value === "string" &&
      /^-?\d+(\.\d+)?$/.test(value.trim())
    ) {
      result[key] = Number(value);
    } else if (typeof want === "boolean" && (value === "true" || value === "false")) {
      result[key] = value === "true";
    } else if (
      typeof value === "string" ||
      typeof value === "number" ||
      typeof value === "boolean"
    ) {
      result[key] = value;
    } else {
      result[key] = JSON.stringify(value);
    }
  }
  return result;
}
