/**
 * The provider configuration the resource layer passes to the client: values read from stack config
 * (`dataplatform:*`) at call time. Every field is optional; whatever is missing is taken from the
 * environment (see resolveAlibabaSettings / resolveHuaweiSettings). Never stored in state
 * (ARCHITECTURE decision 2).
 */
import { z } from "zod";

const text = z.string().trim().min(1);

export const HUAWEI_AUTH_MODES = ["aksk", "token"] as const;
export type HuaweiAuthMode = (typeof HUAWEI_AUTH_MODES)[number];

export const ProviderConfigSchema = z
  .object({
    alibabaAccessKeyId: text.optional(),
    alibabaAccessKeySecret: text.optional(),
    alibabaSecurityToken: text.optional(),
    alibabaRegion: text.optional(),
    huaweiAccessKey: text.optional(),
    huaweiSecretKey: text.optional(),
    huaweiSecurityToken: text.optional(),
    huaweiRegion: text.optional(),
    huaweiProjectId: text.optional(),
    huaweiAuth: z.enum(HUAWEI_AUTH_MODES).optional(),
    huaweiUser: text.optional(),
    huaweiPassword: text.optional(),
    huaweiDomain: text.optional(),
    /** One URL for every service (the emulator), e.g. `http://127.0.0.1:8080`. */
    endpoint: z.url({ protocol: /^https?$/, error: "endpoint must be an http(s) URL" }).optional(),
  })
  .strict();

export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;
export type ProviderConfigKey = keyof ProviderConfig;

/** The stack-config namespace: `pulumi config set dataplatform:alibabaRegion cn-hangzhou`. */
export const STACK_CONFIG_NAMESPACE = "dataplatform";

/** `alibabaAccessKeyId` → `dataplatform:alibabaAccessKeyId` (the names users type). */
export function stackConfigKey(key: ProviderConfigKey): string {
  return `${STACK_CONFIG_NAMESPACE}:${key}`;
}

/** Keys whose values are secrets: read them with `config.getSecret`, never log them. */
export const SECRET_CONFIG_KEYS: readonly ProviderConfigKey[] = [
  "alibabaAccessKeySecret",
  "alibabaSecurityToken",
  "huaweiSecretKey",
  "huaweiSecurityToken",
  "huaweiPassword",
];

export const PROVIDER_CONFIG_KEYS = Object.keys(ProviderConfigSchema.shape) as ProviderConfigKey[];
