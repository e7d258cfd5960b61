/**
 * Data source types and what their connection properties (`Content`) must hold (spec §2.7).
 *
 * `DataSourceType` (§2.7.1): the documented common values plus the types of the `Content` samples
 * (`kafka`, `redis`, `ads`); anything else is `Invalid.DataSource.DataSourceTypeNotExist`.
 * `SubType` (§2.7.1): only with `rds`, one of `mysql`, `sqlserver`, `postgresql`.
 */
export const DATA_SOURCE_TYPES = [
  "odps",
  "mysql",
  "rds",
  "oss",
  "sqlserver",
  "polardb",
  "oracle",
  "mongodb",
  "emr",
  "postgresql",
  "analyticdb_for_mysql",
  "hybriddb_for_postgresql",
  "holo",
  "kafka",
  "redis",
  "ads",
] as const;

export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];

export const RDS_SUB_TYPES = ["mysql", "sqlserver", "postgresql"] as const;

export function isDataSourceType(value: string): value is DataSourceType {
  return (DATA_SOURCE_TYPES as readonly string[]).includes(value);
}

/** The database engine behind a type: `rds` is MySQL unless its `SubType` says otherwise. */
export function engineOf(type: DataSourceType, subType: string | undefined): string {
  return type === "rds" ? (subType ?? "mysql") : type;
}

/**
 * Minimal required properties per type (§2.7.2 emulator convention, derived from the examples).
 * The relational types have two connection modes: instance mode (`tag: "rds"`, or no tag but an
 * `instanceName`, as in CreateDataSource's documented example) and connection-string mode (`jdbcUrl`).
 */
export function requiredProperties(
  type: DataSourceType,
  content: Readonly<Record<string, unknown>>,
): readonly string[] {
  const instanceMode =
    content["tag"] === "rds" ||
    (content["tag"] === undefined && content["instanceName"] !== undefined);
  switch (type) {
    case "odps":
      return ["project", "endpoint"];
    case "mysql":
    case "rds":
    case "postgresql":
      return instanceMode
        ? ["instanceName", "database", "username", "password"]
        : ["jdbcUrl", "username", "password"];
    case "sqlserver":
    case "oracle":
      return ["jdbcUrl", "username", "password"];
    case "oss":
      return ["bucket", "endpoint"];
    case "polardb":
      return ["clusterId", "database", "username", "password"];
    case "mongodb":
      return ["address", "database"];
    case "emr":
      return ["emrClusterId", "emrProjectId"];
    case "analyticdb_for_mysql":
    case "hybriddb_for_postgresql":
      return ["connectionString", "database", "username", "password"];
    case "holo":
      return ["instanceId", "database"];
    case "kafka":
      return ["instanceId"];
    case "redis":
    case "ads":
      // Only read-side samples exist for these two (§2.7.2); nothing is required.
      return [];
  }
}

/** A property value checked against a pattern (`DataSource.ConnectionStrProperty.PatternNotMatch`, §3.5.1). */
export interface PropertyPattern {
  readonly property: string;
  /** The pattern as written in the error message. */
  readonly description: string;
  readonly test: (value: string) => boolean;
}

const JDBC_PREFIX: Readonly<Record<string, string>> = {
  mysql: "jdbc:mysql://",
  sqlserver: "jdbc:sqlserver://",
  postgresql: "jdbc:postgresql://",
  oracle: "jdbc:oracle:",
};

/** `tag` values seen in the samples (§2.7.2): connection string, RDS instance, PolarDB, Alibaba Cloud instance. */
export const TAGS = ["public", "rds", "polardb", "aliyun"] as const;

export function propertyPatterns(
  type: DataSourceType,
  subType: string | undefined,
): readonly PropertyPattern[] {
  const patterns: PropertyPattern[] = [
    {
      property: "tag",
      description: TAGS.join("|"),
      test: (v) => (TAGS as readonly string[]).includes(v),
    },
    {
      property: "endpoint",
      description: "http(s)://host[/path]",
      test: (v) => /^https?:\/\/[^\s/]+/.test(v),
    },
    {
      property: "roleArn",
      description: "acs:ram::<account id>:role/<role name>",
      test: (v) => /^acs:ram::\d+:role\/\S+$/.test(v),
    },
  ];
  const jdbc = JDBC_PREFIX[engineOf(type, subType)];
  if (jdbc !== undefined) {
    patterns.push({
      property: "jdbcUrl",
      description: `${jdbc}…`,
      test: (v) => v.startsWith(jdbc) && v.length > jdbc.length,
    });
  }
  if (type === "mongodb") {
    // `address` is a JSON array of `host:port` strings serialised as a string (§2.7.2).
    patterns.push({ property: "address", description: '["host:port", …]', test: isHostPortList });
  }
  return patterns;
}

function isHostPortList(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return (
      Array.isArray(parsed) &&
      parsed.length > 0 &&
      parsed.every((item) => typeof item === "string" && /^[^\s:]+:\d{1,5}$/.test(item))
    );
  } catch {
    return false;
  }
}
