import { Agent } from "undici";
import { z } from "zod";
import { createClient, type CloudClient } from "../../provider/client";
import type { ClientOptions } from "../../provider/clientOptions";
import type { ClientLogEvent } from "../../provider/clientLog";
import type { AlibabaOperation, HuaweiOperation } from "../../provider/operation";
import { FakeClock } from "../helpers/fakeClock";

export const ALIBABA_SECRET = "alibaba-secret-9f8e7d";
export const HUAWEI_SECRET = "huawei-secret-1a2b3c";
export const HUAWEI_PASSWORD = "hw-password-5566";
export const PROJECT_ID = "48cc2c48765f481480c7db940d6409d1";

export const ALIBABA_CONFIG = {
  alibabaAccessKeyId: "testid",
  alibabaAccessKeySecret: ALIBABA_SECRET,
  alibabaRegion: "cn-hangzhou",
};

export const HUAWEI_CONFIG = {
  huaweiAccessKey: "hwtestid",
  huaweiSecretKey: HUAWEI_SECRET,
  huaweiRegion: "ap-southeast-1",
  huaweiProjectId: PROJECT_ID,
};

export const HUAWEI_TOKEN_CONFIG = {
  huaweiAuth: "token" as const,
  huaweiUser: "pulumi-user",
  huaweiPassword: HUAWEI_PASSWORD,
  huaweiDomain: "acme",
  huaweiRegion: "ap-southeast-1",
  huaweiProjectId: PROJECT_ID,
};

export const FolderAnswer = z.object({ RequestId: z.string(), Data: z.string() });

export function dataWorksOperation(
  overrides: Partial<AlibabaOperation<z.infer<typeof FolderAnswer>>> = {},
): AlibabaOperation<z.infer<typeof FolderAnswer>> {
  return {
    cloud: "alibaba",
    service: "dataworks",
    action: "CreateFolder",
    params: { ProjectId: 10000, FolderPath: "业务流程/flow/MaxCompute" },
    level: 2,
    idempotent: false,
    response: FolderAnswer,
    ...overrides,
  };
}

export const okFolder = { status: 200, body: { RequestId: "req-ok", Success: true, HttpStatusCode: 200, Data: "f-1" } };

export function throttled(code = "Throttling.User", headers: Record<string, string> = {}) {
  return { status: 429, headers, body: { RequestId: "req-429", Code: code, Message: "Your request is too frequent." } };
}

export const ClusterAnswer = z.object({ id: z.string() });

export function cdmOperation(
  overrides: Partial<HuaweiOperation<z.infer<typeof ClusterAnswer>>> = {},
): HuaweiOperation<z.infer<typeof ClusterAnswer>> {
  return {
    cloud: "huawei",
    service: "cdm",
    action: "showCluster",
    method: "GET",
    path: "/v1.1/{project_id}/clusters/c-1",
    idempotent: true,
    response: ClusterAnswer,
    ...overrides,
  };
}

/** A fake clock whose sleeps can run a hook (e.g. start a server while the client backs off). */
export class HookedClock extends FakeClock {
  onSleep: (() => Promise<void>) | undefined;
  override async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    await super.sleep(ms, signal);
    await this.onSleep?.();
  }
}

export interface Harness {
  readonly client: CloudClient;
  readonly clock: HookedClock;
  readonly logs: ClientLogEvent[];
  close(): Promise<void>;
}

/** A client against `endpoint` with a fake clock, fixed jitter (0.5), its own dispatcher and buckets. */
export function harness(endpoint: string, options: Partial<ClientOptions> = {}): Harness {
  const clock = new HookedClock();
  const logs: ClientLogEvent[] = [];
  const dispatcher = new Agent({ keepAliveTimeout: 1_000 });
  const client = createClient({
    env: {},
    clock,
    random: () => 0.5,
    dispatcher,
    onLog: (event) => logs.push(event),
    ...options,
    config: { ...ALIBABA_CONFIG, ...HUAWEI_CONFIG, endpoint, ...options.config },
  });
  return { client, clock, logs, close: () => dispatcher.close() };
}
