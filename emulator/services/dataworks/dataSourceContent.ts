import { z } from "zod";
import { EMULATOR_USER_ID } from "./constants";
import {
  connectionPatternNotMatch,
  dataSourceTypeNotExist,
  dataSourceTypeNotSupport,
  invalidParam,
  missingConnectionProperty,
  ramRoleCheckFailure,
} from "./errors";
import {
  isDataSourceType,
  propertyPatterns,
  RDS_SUB_TYPES,
  requiredProperties,
  type DataSourceType,
} from "./dataSourceTypes";

/** `Content` is JSON text holding one object of connection properties (spec §1.4 note 7, §2.7.2). */
const ContentSchema = z.record(z.string(), z.unknown());
export type ConnectionContent = z.infer<typeof ContentSchema>;

/** What ListDataSources shows in place of a secret (spec §2.7.2). */
export const MASKED_SECRET = "***";
const SECRET_PROPERTIES = ["password", "accessKey", "securityToken"] as const;

export function parseContent(text: string): ConnectionContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParam("Content must be a JSON object of connection properties");
  }
  const result = ContentSchema.safeParse(parsed);
  if (!result.success || Array.isArray(parsed)) {
    throw invalidParam("Content must be a JSON object of connection properties");
  }
  return result.data;
}

/**
 * Checks a type / sub-type pair (spec §2.7.1, §3.5.1). An unknown type is
 * `Invalid.DataSource.DataSourceTypeNotExist`; `SubType` with any type but `rds` is `Invalid.Param`
 * (§4.10); an `rds` sub-type outside mysql/sqlserver/postgresql is
 * `Invalid.DataSource.DataSourceTypeNotSupport`.
 */
export function checkDataSourceType(type: string, subType: string | undefined): DataSourceType {
  if (!isDataSourceType(type)) throw dataSourceTypeNotExist(type);
  if (subType === undefined) return type;
  if (type !== "rds") throw invalidParam("SubType is only effective when DataSourceType is rds");
  if (!(RDS_SUB_TYPES as readonly string[]).includes(subType))
    throw dataSourceTypeNotSupport(type, subType);
  return type;
}

/**
 * Validates connection properties for a type (spec §2.7.2, §3.5.1 errors): every required
 * property present and non-empty (`MissingParam.ConnectionStr.Property`), known properties in their
 * pattern (`DataSource.ConnectionStrProperty.PatternNotMatch`), and a RAM role, when one is given,
 * belonging to the caller's account (`DataSource.CheckRamRoleFailure`).
 */
export function checkContent(
  type: DataSourceType,
  subType: string | undefined,
  content: ConnectionContent,
): void {
  for (const property of requiredProperties(type, content)) {
    const value = content[property];
    if (value === undefined || value === null || value === "")
      throw missingConnectionProperty(property);
  }
  for (const pattern of propertyPatterns(type, subType)) {
    const value = content[pattern.property];
    if (value === undefined || value === null) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (!pattern.test(text)) throw connectionPatternNotMatch(text, pattern.description);
  }
  const roleArn = content["roleArn"];
  if (typeof roleArn === "string" && !roleArn.startsWith(`acs:ram::${EMULATOR_USER_ID}:`)) {
    throw ramRoleCheckFailure(EMULATOR_USER_ID, roleArn);
  }
}

/**
 * `Content` as ListDataSources returns it (spec §2.7.2 "How Content comes back"): secrets masked as
 * `***` (a null `securityToken` stays null), numbers as strings (`"authType": "2"`), and the keys the
 * service adds itself: `configType` "1" on relational, OSS and ADS sources and `securityToken` on
 * MaxCompute, as in the documented read samples.
 */
export function maskedContent(type: string, stored: string): string {
  const content = parseContent(stored);
  const out: Record<string, unknown> = {};
  if (CONFIG_TYPE_SOURCES.has(type) && content["configType"] === undefined) out["configType"] = "1";
  if (type === "odps" && content["securityToken"] === undefined) out["securityToken"] = null;
  for (const [key, value] of Object.entries(content)) {
    if ((SECRET_PROPERTIES as readonly string[]).includes(key) && value !== null)
      out[key] = MASKED_SECRET;
    else out[key] = typeof value === "number" ? String(value) : value;
  }
  return JSON.stringify(out);
}

const CONFIG_TYPE_SOURCES = new Set(["mysql", "rds", "postgresql", "sqlserver", "oss", "ads"]);
