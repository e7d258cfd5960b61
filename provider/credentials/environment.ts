/**
 * The environment variables the client reads when a value is not passed in
 * (ARCHITECTURE decision 2). The first variable of each list that is set wins.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

export const ENV = {
  endpoint: ["DATAPLATFORM_ENDPOINT"],
  alibabaAccessKeyId: ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
  alibabaAccessKeySecret: ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
  alibabaSecurityToken: ["ALIBABA_CLOUD_SECURITY_TOKEN"],
  alibabaRegion: ["ALIBABA_CLOUD_REGION_ID"],
  huaweiAccessKey: ["HW_ACCESS_KEY", "HUAWEICLOUD_SDK_AK"],
  huaweiSecretKey: ["HW_SECRET_KEY", "HUAWEICLOUD_SDK_SK"],
  huaweiSecurityToken: ["HW_SECURITY_TOKEN"],
  huaweiRegion: ["HW_REGION_NAME"],
  huaweiProjectId: ["HW_PROJECT_ID"],
  huaweiAuth: ["DATAPLATFORM_HUAWEI_AUTH"],
  huaweiUser: ["HW_USER_NAME"],
  huaweiPassword: ["HW_PASSWORD"],
  huaweiDomain: ["HW_DOMAIN_NAME"],
} as const;

export type EnvKey = keyof typeof ENV;

/** The first non-blank value among the variables listed for `key`. */
export function readEnv(env: Environment, key: EnvKey): string | undefined {
  for (const name of ENV[key]) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}
