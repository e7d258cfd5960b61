import type { AlibabaService, HuaweiService, ServiceModule } from "../../../emulator/types";
import { EmulatorError } from "../../../emulator/types";
import { IAM_SERVICE } from "../../../emulator/services/iam";

/**
 * Tiny service modules that exercise the core without depending on the real DataWorks / CDM / DLI
 * handlers: a file table (Alibaba), a cluster table (CDM) and a queue table (DLI).
 */
export interface FakeDataWorksState {
  files: Record<string, { name: string; content: string }>;
  nextId: number;
}

export const FAKE_DATAWORKS: AlibabaService<FakeDataWorksState> = {
  kind: "alibaba",
  name: "dataworks",
  version: "2020-05-18",
  initialState: () => ({ files: {}, nextId: 1 }),
  secretParams: ["ConnectionSecretBlob"],
  actions: {
    CreateFile: {
      level: 3,
      handle(params, ctx) {
        const name = params["FileName"];
        if (!name) throw new EmulatorError(400, "Invalid.Param.FileName", "FileName is required.");
        const id = String(ctx.state.nextId++);
        ctx.state.files[id] = { name, content: params["Content"] ?? "" };
        return { RequestId: ctx.requestId, HttpStatusCode: 200, Success: true, Data: Number(id) };
      },
    },
    GetFile: {
      level: 1,
      handle(params, ctx) {
        const file = ctx.state.files[params["FileId"] ?? ""];
        if (!file) throw new EmulatorError(404, "Invalid.File.NotFound", "The file does not exist.");
        return { RequestId: ctx.requestId, HttpStatusCode: 200, Success: true, Data: file };
      },
    },
    UpdateFolder: {
      level: 2,
      handle: (_params, ctx) => ({ RequestId: ctx.requestId, HttpStatusCode: 200, Success: true }),
    },
    GetNow: {
      level: 1,
      handle: (_params, ctx) => ({ RequestId: ctx.requestId, Now: ctx.now(), Options: ctx.options }),
    },
  },
};

export interface FakeCdmState {
  clusters: Record<string, { name: string; projectId: string }>;
}

export const FAKE_CDM: HuaweiService<FakeCdmState> = {
  kind: "huawei",
  name: "cdm",
  initialState: () => ({ clusters: {} }),
  routes: [
    {
      method: "POST",
      path: "/v1.1/{project_id}/clusters",
      action: "createCluster",
      rateLimitPerMinute: 5,
      handle(request, ctx) {
        const body = request.body as { cluster?: { name?: string } } | undefined;
        const name = body?.cluster?.name;
        if (!name) throw new EmulatorError(400, "Cdm.0014", "cluster.name is required.");
        const id = ctx.newId();
        ctx.state.clusters[id] = { name, projectId: request.projectId };
        return { status: 202, body: { id, name } };
      },
    },
    {
      method: "GET",
      path: "/v1.1/{project_id}/clusters/{cluster_id}",
      action: "showCluster",
      handle(request, ctx) {
        const cluster = ctx.state.clusters[request.pathParams["cluster_id"] ?? ""];
        if (!cluster) throw new EmulatorError(404, "Cdm.0100", "The cluster does not exist.");
        return { status: 200, body: { id: request.pathParams["cluster_id"], ...cluster } };
      },
    },
    {
      method: "GET",
      path: "/v1.1/{project_id}/clusters/{cluster_id}/cdm/link/{link_name}",
      action: "showLink",
      handle: (request) => ({ status: 200, body: { links: [{ name: request.pathParams["link_name"] }] } }),
    },
  ],
  errorBody: (_status, code, message) => ({ errCode: code, externalMessage: message }),
};

export interface FakeDliState {
  queues: Record<string, { cu: number }>;
}

export const FAKE_DLI: HuaweiService<FakeDliState> = {
  kind: "huawei",
  name: "dli",
  initialState: () => ({ queues: {} }),
  routes: [
    {
      method: "POST",
      path: "/v1.0/{project_id}/queues",
      action: "createQueue",
      handle(request, ctx) {
        const body = request.body as { queue_name: string; cu_count: number };
        ctx.state.queues[body.queue_name] = { cu: body.cu_count };
        return { status: 200, body: { is_success: true, message: "", queue_name: body.queue_name } };
      },
    },
    {
      method: "GET",
      path: "/v1.0/{project_id}/queues",
      action: "listQueues",
      handle: (_request, ctx) => ({
        status: 200,
        body: { is_success: true, message: "", queues: Object.keys(ctx.state.queues) },
      }),
    },
  ],
  errorBody: (_status, code, message) => ({ error_code: code, error_msg: message }),
};

export const FAKE_SERVICES: readonly ServiceModule[] = [
  FAKE_DATAWORKS as ServiceModule,
  FAKE_CDM as ServiceModule,
  FAKE_DLI as ServiceModule,
  IAM_SERVICE as ServiceModule,
];
