import assert from "node:assert/strict";
import { z } from "zod";
import { startEmulator, type RunningEmulator } from "../../emulator";
import { createClient, type CloudClient } from "../../provider/client";
import type { ClientOptions } from "../../provider/clientOptions";

/**
 * The client against the real emulator: the emulator verifies every signature (ACS3, RPC v1,
 * SDK-HMAC-SHA256) and IAM token the way the clouds do, so these cases prove the wire format
 * end to end, not just against canned answers.
 */
describe("createClient against the emulator", () => {
  let emulator: RunningEmulator;
  let config: NonNullable<ClientOptions["config"]>;

  before(async () => {
    emulator = await startEmulator({ port: 0 });
    const alibaba = emulator.credentials.alibaba[0]!;
    const huawei = emulator.credentials.huawei[0]!;
    const user = emulator.credentials.iamUsers[0]!;
    config = {
      endpoint: emulator.url,
      alibabaAccessKeyId: alibaba.accessKeyId,
      alibabaAccessKeySecret: alibaba.accessKeySecret,
      alibabaRegion: "cn-hangzhou",
      huaweiAccessKey: huawei.accessKey,
      huaweiSecretKey: huawei.secretKey,
      huaweiProjectId: huawei.projectId,
      huaweiRegion: "cn-north-4",
      huaweiUser: user.name,
      huaweiPassword: user.password,
      huaweiDomain: user.domain,
    };
  });
  after(() => emulator.close());

  const Created = z.object({ RequestId: z.string(), BusinessId: z.number() });
  const Business = z.object({ Data: z.object({ BusinessName: z.string() }) });

  function client(options: Partial<ClientOptions> = {}): CloudClient {
    return createClient({ env: {}, ...options, config: { ...config, ...options.config } });
  }

  for (const signature of ["acs3", "v1"] as const) {
    it(`creates and reads a DataWorks business flow signed with ${signature}`, async () => {
      const dataworks = client({ alibabaSignature: signature });
      const name = `流程 ${signature} *~/+=&`;
      const created = await dataworks.send({
        cloud: "alibaba",
        service: "dataworks",
        action: "CreateBusiness",
        params: { ProjectId: 10000, BusinessName: name, Description: "空格 and 😀" },
        level: 2,
        idempotent: false,
        response: Created,
      });
      const read = await dataworks.send({
        cloud: "alibaba",
        service: "dataworks",
        action: "GetBusiness",
        params: { ProjectId: 10000, BusinessId: created.BusinessId },
        level: 1,
        idempotent: true,
        response: Business,
      });
      assert.equal(read.Data.BusinessName, name);
    });
  }

  it("is rejected with an auth error when the secret is wrong", async () => {
    await assert.rejects(
      client({ config: { alibabaAccessKeySecret: "wrong-secret-value" } }).send({
        cloud: "alibaba",
        service: "dataworks",
        action: "GetBusiness",
        params: { ProjectId: 10000, BusinessId: 1 },
        level: 1,
        idempotent: true,
        response: Business,
      }),
      { category: "auth" },
    );
  });

  for (const auth of ["aksk", "token"] as const) {
    it(`lists CDM clusters and DLI queues with ${auth} auth`, async () => {
      const huawei = client({ config: { huaweiAuth: auth } });
      const clusters = await huawei.send({
        cloud: "huawei",
        service: "cdm",
        action: "listClusters",
        method: "GET",
        path: "/v1.1/{project_id}/clusters",
        idempotent: true,
        response: z.object({ clusters: z.array(z.unknown()) }),
      });
      assert.ok(Array.isArray(clusters.clusters));
      const queues = await huawei.send({
        cloud: "huawei",
        service: "dli",
        action: "listQueues",
        method: "GET",
        path: "/v1.0/{project_id}/queues",
        idempotent: true,
        response: z.object({ is_success: z.literal(true), queues: z.array(z.unknown()) }),
      });
      assert.ok(Array.isArray(queues.queues));
    });
  }

  it("classifies the emulator's DLI missing queue as notFound", async () => {
    await assert.rejects(
      client().send({
        cloud: "huawei",
        service: "dli",
        action: "showQueue",
        method: "GET",
        path: "/v1.0/{project_id}/queues/%E9%98%9F%E5%88%97-missing",
        idempotent: true,
        response: z.unknown(),
      }),
      { code: "DLI.0002", category: "notFound" },
    );
  });
});
