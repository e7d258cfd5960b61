/**
 * Credentials, region and endpoints, resolved on every call (never cached in state): first the
 * values passed in (stack config, by the resource layer), then the environment. Everything that is
 * missing is reported at once, naming both the config keys and the environment variables.
 */
import { MissingCredentialsError } from "../errors";
import { serviceEndpoint, type Endpoint } from "./endpoints";
import { ENV, readEnv, type EnvKey, type Environment } from "./environment";
import { InvalidConfigError } from "./invalidConfigError";
import {
  HUAWEI_AUTH_MODES,
  ProviderConfigSchema,
  stackConfigKey,
  type HuaweiAuthMode,
  type ProviderConfig,
} from "./providerConfig";

/**
 * Regions assumed when only an endpoint override is configured (the emulator does not care):
 * the first region each seed lists (spec/dataworks.md §1.2, spec/cdm.md §1.1).
 */
export const EMULATOR_DEFAULT_REGIONS = { alibaba: "cn-hangzhou", huawei: "ap-southeast-1" } as const;

export interface AlibabaSettings {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken: string | undefined;
  readonly region: string;
  readonly endpoint: Endpoint;
}

export interface HuaweiSettings {
  readonly auth: HuaweiAuthMode;
  readonly region: string;
  readonly projectId: string;
  /** AK/SK mode only. */
  readonly accessKey: string | undefined;
  readonly secretKey: string | undefined;
  readonly securityToken: string | undefined;
  /** Token mode only (IAM password identity, spec/cdm.md §1.6, spec/dli.md §1.4.1). */
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly domain: string | undefined;
  readonly endpoints: { readonly cdm: Endpoint; readonly dli: Endpoint; readonly iam: Endpoint };
}

type Lookup = (key: EnvKey & keyof ProviderConfig) => string | undefined;

function lookupFrom(config: unknown, env: Environment): Lookup {
  const parsed = ProviderConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    // Paths and zod's messages only: the offending value may be a secret.
    throw new InvalidConfigError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join(".");
        return path ? `${stackConfigKey(path as keyof ProviderConfig)}: ${issue.message}` : issue.message;
      }),
    );
  }
  const values: ProviderConfig = parsed.data;
  return (key) => values[key] ?? readEnv(env, key);
}

function endpointOverride(lookup: Lookup): string | undefined {
  const override = lookup("endpoint");
  if (override === undefined) return undefined;
  if (!/^https?:\/\/[^/]/.test(override) || !URL.canParse(override)) {
    throw new InvalidConfigError([`${ENV.endpoint[0]} must be an http(s) URL`]);
  }
  return override;
}

function missingError(
  cloud: "alibaba" | "huawei",
  missing: ReadonlyArray<{ what: string; key: EnvKey & keyof ProviderConfig }>,
): MissingCredentialsError {
  return new MissingCredentialsError(
    cloud,
    missing.map((m) => m.what),
    missing.map((m) => stackConfigKey(m.key)),
    missing.flatMap((m) => ENV[m.key]),
  );
}

export function resolveAlibabaSettings(config: unknown, env: Environment): AlibabaSettings {
  const lookup = lookupFrom(config, env);
  const override = endpointOverride(lookup);
  const accessKeyId = lookup("alibabaAccessKeyId");
  const accessKeySecret = lookup("alibabaAccessKeySecret");
  const region =
    lookup("alibabaRegion") ?? (override ? EMULATOR_DEFAULT_REGIONS.alibaba : undefined);
  const missing = [
    accessKeyId ? undefined : { what: "access key id", key: "alibabaAccessKeyId" as const },
    accessKeySecret ? undefined : { what: "access key secret", key: "alibabaAccessKeySecret" as const },
    region ? undefined : { what: "region", key: "alibabaRegion" as const },
  ].filter((m) => m !== undefined);
  if (missing.length > 0 || !accessKeyId || !accessKeySecret || !region) {
    throw missingError("alibaba", missing);
  }
  return {
    accessKeyId,
    accessKeySecret,
    securityToken: lookup("alibabaSecurityToken"),
    region,
    endpoint: serviceEndpoint("dataworks", region, override),
  };
}

function authMode(lookup: Lookup): HuaweiAuthMode {
  const mode = lookup("huaweiAuth") ?? "aksk";
  if (!(HUAWEI_AUTH_MODES as readonly string[]).includes(mode)) {
    throw new InvalidConfigError([`${ENV.huaweiAuth[0]} must be one of ${HUAWEI_AUTH_MODES.join(", ")}`]);
  }
  return mode as HuaweiAuthMode;
}

export function resolveHuaweiSettings(config: unknown, env: Environment): HuaweiSettings {
  const lookup = lookupFrom(config, env);
  const override = endpointOverride(lookup);
  const auth = authMode(lookup);
  const region = lookup("huaweiRegion") ?? (override ? EMULATOR_DEFAULT_REGIONS.huawei : undefined);
  const projectId = lookup("huaweiProjectId");
  const accessKey = auth === "aksk" ? lookup("huaweiAccessKey") : undefined;
  const secretKey = auth === "aksk" ? lookup("huaweiSecretKey") : undefined;
  const user = auth === "token" ? lookup("huaweiUser") : undefined;
  const password = auth === "token" ? lookup("huaweiPassword") : undefined;
  const domain = auth === "token" ? lookup("huaweiDomain") : undefined;
  const required =
    auth === "aksk"
      ? [
          { what: "access key", key: "huaweiAccessKey" as const, value: accessKey },
          { what: "secret key", key: "huaweiSecretKey" as const, value: secretKey },
        ]
      : [
          { what: "IAM user name", key: "huaweiUser" as const, value: user },
          { what: "IAM password", key: "huaweiPassword" as const, value: password },
          { what: "account (domain) name", key: "huaweiDomain" as const, value: domain },
        ];
  const missing = [
    ...required,
    { what: "region", key: "huaweiRegion" as const, value: region },
    { what: "project id", key: "huaweiProjectId" as const, value: projectId },
  ].filter((m) => m.value === undefined);
  if (missing.length > 0 || !region || !projectId) throw missingError("huawei", missing);
  return {
    auth,
    region,
    projectId,
    accessKey,
    secretKey,
    securityToken: auth === "aksk" ? lookup("huaweiSecurityToken") : undefined,
    user,
    password,
    domain,
    endpoints: {
      cdm: serviceEndpoint("cdm", region, override),
      dli: serviceEndpoint("dli", region, override),
      iam: serviceEndpoint("iam", region, override),
    },
  };
}
