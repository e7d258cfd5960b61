import assert from "node:assert/strict";
import { InvalidConfigError } from "../../../provider/credentials/invalidConfigError";
import { resolveAlibabaSettings, resolveHuaweiSettings } from "../../../provider/credentials/resolveSettings";
import { MissingCredentialsError } from "../../../provider/errors";

const ALIBABA_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: "env-id",
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: "env-secret",
  ALIBABA_CLOUD_REGION_ID: "cn-shanghai",
};

describe("resolveAlibabaSettings", () => {
  it("prefers values passed in over the environment", () => {
    const settings = resolveAlibabaSettings({ alibabaAccessKeyId: "cfg-id", alibabaRegion: "cn-beijing" }, ALIBABA_ENV);
    assert.equal(settings.accessKeyId, "cfg-id");
    assert.equal(settings.accessKeySecret, "env-secret");
    assert.equal(settings.region, "cn-beijing");
  });

  it("builds the regional HTTPS endpoint from the region (spec/dataworks.md §1.2)", () => {
    const settings = resolveAlibabaSettings({}, ALIBABA_ENV);
    assert.deepEqual(settings.endpoint, { origin: "https://dataworks.cn-shanghai.aliyuncs.com", host: "dataworks.cn-shanghai.aliyuncs.com" });
  });

  it("uses the endpoint override, with its host:port as Host", () => {
    const settings = resolveAlibabaSettings({}, { ...ALIBABA_ENV, DATAPLATFORM_ENDPOINT: "http://127.0.0.1:18080/" });
    assert.deepEqual(settings.endpoint, { origin: "http://127.0.0.1:18080", host: "127.0.0.1:18080" });
  });

  it("defaults the region when only an endpoint override is given", () => {
    const settings = resolveAlibabaSettings({ endpoint: "http://localhost:9000" }, { ...ALIBABA_ENV, ALIBABA_CLOUD_REGION_ID: undefined });
    assert.equal(settings.region, "cn-hangzhou");
  });

  it("reads the STS security token", () => {
    const settings = resolveAlibabaSettings({}, { ...ALIBABA_ENV, ALIBABA_CLOUD_SECURITY_TOKEN: "sts" });
    assert.equal(settings.securityToken, "sts");
  });

  it("lists everything missing in one error naming config keys and environment variables", () => {
    assert.throws(
      () => resolveAlibabaSettings({}, {}),
      (error: unknown) => {
        assert.ok(error instanceof MissingCredentialsError);
        assert.deepEqual(error.missing, ["access key id", "access key secret", "region"]);
        assert.deepEqual(error.configKeys, [
          "dataplatform:alibabaAccessKeyId",
          "dataplatform:alibabaAccessKeySecret",
          "dataplatform:alibabaRegion",
        ]);
        assert.deepEqual(error.environmentVariables, [
          "ALIBABA_CLOUD_ACCESS_KEY_ID",
          "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
          "ALIBABA_CLOUD_REGION_ID",
        ]);
        assert.match(error.message, /pulumi config set --secret dataplatform:alibabaAccessKeySecret/);
        return true;
      },
    );
  });

  it("rejects a malformed endpoint override without echoing config values", () => {
    assert.throws(() => resolveAlibabaSettings({ endpoint: "ftp://x" }, ALIBABA_ENV), InvalidConfigError);
    assert.throws(() => resolveAlibabaSettings({}, { ...ALIBABA_ENV, DATAPLATFORM_ENDPOINT: "not a url" }), InvalidConfigError);
  });

  it("rejects unknown config keys", () => {
    assert.throws(() => resolveAlibabaSettings({ alibabaAccessKey: "x" }, ALIBABA_ENV), InvalidConfigError);
  });
});

describe("resolveHuaweiSettings", () => {
  const HW_ENV = { HW_ACCESS_KEY: "ak", HW_SECRET_KEY: "sk", HW_REGION_NAME: "ap-southeast-3", HW_PROJECT_ID: "p1" };

  it("reads AK/SK, region and project from the environment", () => {
    const settings = resolveHuaweiSettings({}, HW_ENV);
    assert.equal(settings.auth, "aksk");
    assert.equal(settings.accessKey, "ak");
    assert.equal(settings.secretKey, "sk");
    assert.equal(settings.projectId, "p1");
    assert.equal(settings.endpoints.cdm.host, "cdm.ap-southeast-3.myhuaweicloud.com");
    assert.equal(settings.endpoints.dli.host, "dli.ap-southeast-3.myhuaweicloud.com");
    assert.equal(settings.endpoints.iam.host, "iam.ap-southeast-3.myhuaweicloud.com");
  });

  it("accepts the SDK's HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK", () => {
    const settings = resolveHuaweiSettings({}, { HUAWEICLOUD_SDK_AK: "sdk-ak", HUAWEICLOUD_SDK_SK: "sdk-sk", HW_REGION_NAME: "r", HW_PROJECT_ID: "p" });
    assert.equal(settings.accessKey, "sdk-ak");
    assert.equal(settings.secretKey, "sdk-sk");
  });

  it("prefers HW_ACCESS_KEY over HUAWEICLOUD_SDK_AK and config over both", () => {
    const env = { ...HW_ENV, HUAWEICLOUD_SDK_AK: "sdk-ak" };
    assert.equal(resolveHuaweiSettings({}, env).accessKey, "ak");
    assert.equal(resolveHuaweiSettings({ huaweiAccessKey: "cfg" }, env).accessKey, "cfg");
  });

  it("routes every service to the endpoint override", () => {
    const settings = resolveHuaweiSettings({ endpoint: "http://127.0.0.1:7000" }, HW_ENV);
    assert.equal(settings.endpoints.cdm.origin, "http://127.0.0.1:7000");
    assert.equal(settings.endpoints.iam.host, "127.0.0.1:7000");
  });

  it("requires user, password and account name in token mode", () => {
    assert.throws(
      () => resolveHuaweiSettings({ huaweiAuth: "token" }, { HW_REGION_NAME: "r", HW_PROJECT_ID: "p" }),
      (error: unknown) => {
        assert.ok(error instanceof MissingCredentialsError);
        assert.deepEqual(error.configKeys, ["dataplatform:huaweiUser", "dataplatform:huaweiPassword", "dataplatform:huaweiDomain"]);
        assert.deepEqual(error.environmentVariables, ["HW_USER_NAME", "HW_PASSWORD", "HW_DOMAIN_NAME"]);
        return true;
      },
    );
  });

  it("lists AK, SK, region and project when nothing is configured", () => {
    assert.throws(
      () => resolveHuaweiSettings(undefined, {}),
      (error: unknown) => {
        assert.ok(error instanceof MissingCredentialsError);
        assert.deepEqual(error.missing, ["access key", "secret key", "region", "project id"]);
        assert.deepEqual(error.environmentVariables, [
          "HW_ACCESS_KEY",
          "HUAWEICLOUD_SDK_AK",
          "HW_SECRET_KEY",
          "HUAWEICLOUD_SDK_SK",
          "HW_REGION_NAME",
          "HW_PROJECT_ID",
        ]);
        return true;
      },
    );
  });

  it("rejects an unknown auth mode from the environment", () => {
    assert.throws(() => resolveHuaweiSettings({}, { ...HW_ENV, DATAPLATFORM_HUAWEI_AUTH: "magic" }), InvalidConfigError);
  });
});
