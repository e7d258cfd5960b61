import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as plugproto from "@pulumi/pulumi/proto/plugin_pb";
import * as statusproto from "@pulumi/pulumi/proto/status_pb";

type Props = Record<string, unknown>;

export interface ProviderHostOptions {
  /** The program directory: the host resolves the SDK and the serialized provider's `require`s from here. */
  readonly cwd: string;
  /** The Pulumi project name (`PULUMI_PROJECT`). */
  readonly project?: string;
  /** Extra environment for the host process (credentials from the environment, endpoints). */
  readonly env?: NodeJS.ProcessEnv;
  /** Every line the host prints (the provider's `pulumi.log` lines land on stdout). */
  readonly onOutput?: (line: string, stream: "stdout" | "stderr") => void;
}

/** An RPC that failed; `initFailure` is set when the host packed `ErrorResourceInitFailed`. */
export class HostCallError extends Error {
  override readonly name = "HostCallError";
  constructor(
    readonly method: string,
    readonly grpcCode: number,
    readonly details: string,
    readonly initFailure: { id: string; properties: Props; reasons: string[] } | undefined,
  ) {
    super(`${method}: ${details}`);
  }
}

/**
 * The SDK's real dynamic-provider host, started the way the engine starts a plugin (engine.md §2.2):
 * the `pulumi-resource-pulumi-nodejs` launcher beside the SDK, in its own process group, the engine
 * address as the last argument, the port read from the first stdout line. Calls go through the SDK's
 * own gRPC stubs with `google.protobuf.Struct` values.
 */
export class ProviderHost {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: provrpc.ResourceProviderClient,
    readonly output: string[],
  ) {}

  static async start(options: ProviderHostOptions): Promise<ProviderHost> {
    const sdk = dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [options.cwd] }));
    const project = options.project ?? "test";
    const child = spawn("sh", [join(sdk, "pulumi-resource-pulumi-nodejs"), "127.0.0.1:1"], {
      cwd: options.cwd,
      detached: true, // its own process group, as the engine does; killed as a group in close()
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        PULUMI_PROJECT: project,
        PULUMI_NODEJS_PROJECT: project,
        ...options.env,
      },
    });
    const output: string[] = [];
    const port = await new Promise<number>((resolve, reject) => {
      let first = true;
      const onExit = (code: number | null) => reject(new Error(`provider host exited (${code}): ${output.join("\n")}`));
      child.once("exit", onExit);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        if (first) {
          first = false;
          child.off("exit", onExit);
          resolve(Number(line.trim()));
          return;
        }
        output.push(line);
        options.onOutput?.(line, "stdout");
      });
      createInterface({ input: child.stderr! }).on("line", (line) => {
        output.push(line);
        options.onOutput?.(line, "stderr");
      });
    });
    const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const host = new ProviderHost(child, client, output);
    liveHosts.add(host);
    return host;
  }

  async getPluginInfo(): Promise<string> {
    const info = await this.call<plugproto.PluginInfo>("getPluginInfo", new Empty());
    return info.getVersion();
  }

  async configure(args: Props): Promise<{ acceptSecrets: boolean; supportsPreview: boolean }> {
    const request = new provproto.ConfigureRequest();
    request.setArgs(Struct.fromJavaScript(args as never));
    request.setAcceptsecrets(true);
    request.setAcceptresources(true);
    const response = await this.call<provproto.ConfigureResponse>("configure", request);
    return { acceptSecrets: response.getAcceptsecrets(), supportsPreview: response.getSupportspreview() };
  }

  /** Any RPC answered UNIMPLEMENTED (Handshake, CheckConfig …): returns the gRPC code and details. */
  async probeUnimplemented(method: "handshake" | "checkConfig"): Promise<string> {
    const request = method === "handshake" ? new provproto.ProviderHandshakeRequest() : new provproto.CheckRequest();
    try {
      await this.call(method, request);
      return "implemented";
    } catch (error) {
      return error instanceof HostCallError ? `code ${error.grpcCode}: ${error.details}` : String(error);
    }
  }

  async check(urn: string, olds: Props, news: Props): Promise<{ inputs: Props; failures: { property: string; reason: string }[] }> {
    const request = new provproto.CheckRequest();
    request.setUrn(urn);
    request.setOlds(toStruct(olds));
    request.setNews(toStruct(news));
    const response = await this.call<provproto.CheckResponse>("check", request);
    return {
      inputs: fromStruct(response.getInputs()),
      failures: response.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
    };
  }

  async diff(urn: string, id: string, olds: Props, news: Props, oldInputs: Props): Promise<{
    changes: "none" | "some" | "unknown";
    replaces: string[];
    deleteBeforeReplace: boolean;
  }> {
    const request = new provproto.DiffRequest();
    request.setUrn(urn);
    request.setId(id);
    request.setOlds(toStruct(olds));
    request.setNews(toStruct(news));
    request.setOldInputs(toStruct(oldInputs));
    const response = await this.call<provproto.DiffResponse>("diff", request);
    const Changes = provproto.DiffResponse.DiffChanges;
    const changes = response.getChanges();
    return {
      changes: changes === Changes.DIFF_NONE ? "none" : changes === Changes.DIFF_SOME ? "some" : "unknown",
      replaces: response.getReplacesList(),
      deleteBeforeReplace: response.getDeletebeforereplace(),
    };
  }

  async create(urn: string, properties: Props, timeoutSeconds = 0): Promise<{ id: string; properties: Props }> {
    const request = new provproto.CreateRequest();
    request.setUrn(urn);
    request.setProperties(toStruct(properties));
    request.setTimeout(timeoutSeconds);
    const response = await this.call<provproto.CreateResponse>("create", request);
    return { id: response.getId(), properties: fromStruct(response.getProperties()) };
  }

  async read(urn: string, id: string, properties: Props, inputs: Props): Promise<{ id: string; properties: Props; inputs: Props | undefined }> {
    const request = new provproto.ReadRequest();
    request.setUrn(urn);
    request.setId(id);
    request.setProperties(toStruct(properties));
    request.setInputs(toStruct(inputs));
    const response = await this.call<provproto.ReadResponse>("read", request);
    return {
      id: response.getId(),
      properties: fromStruct(response.getProperties()),
      inputs: response.hasInputs() ? fromStruct(response.getInputs()) : undefined,
    };
  }

  async update(urn: string, id: string, olds: Props, news: Props, oldInputs: Props): Promise<Props> {
    const request = new provproto.UpdateRequest();
    request.setUrn(urn);
    request.setId(id);
    request.setOlds(toStruct(olds));
    request.setNews(toStruct(news));
    request.setOldInputs(toStruct(oldInputs));
    const response = await this.call<provproto.UpdateResponse>("update", request);
    return fromStruct(response.getProperties());
  }

  async delete(urn: string, id: string, properties: Props, oldInputs: Props): Promise<void> {
    const request = new provproto.DeleteRequest();
    request.setUrn(urn);
    request.setId(id);
    request.setProperties(toStruct(properties));
    request.setOldInputs(toStruct(oldInputs));
    await this.call("delete", request);
  }

  /** Stops the host: its whole process group, as the engine does. */
  async close(): Promise<void> {
    liveHosts.delete(this);
    this.client.close();
    if (this.child.exitCode !== null || this.child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      return;
    }
    await exited;
  }

  private call<T>(method: string, request: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const client = this.client as unknown as Record<string, UnaryCall<T>>;
      client[method]!.call(this.client, request, (error, response) => {
        if (error) reject(toHostCallError(method, error));
        else resolve(response);
      });
    });
  }
}

type UnaryCall<T> = (request: unknown, callback: (error: grpc.ServiceError | null, response: T) => void) => void;

const liveHosts = new Set<ProviderHost>();
// A host outlives a crashed test runner (it has its own process group): kill what is left on exit.
process.once("exit", () => {
  for (const host of liveHosts) {
    const pid = (host as unknown as { child: ChildProcess }).child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

function toStruct(props: Props): Struct {
  return Struct.fromJavaScript(props as never);
}

function fromStruct(struct: Struct | undefined): Props {
  return (struct?.toJavaScript() ?? {}) as Props;
}

function toHostCallError(method: string, error: grpc.ServiceError): HostCallError {
  const raw = error.metadata?.get("grpc-status-details-bin")[0];
  let initFailure: HostCallError["initFailure"];
  if (raw !== undefined) {
    const status = statusproto.Status.deserializeBinary(new Uint8Array(raw as Buffer));
    for (const detail of status.getDetailsList()) {
      if (detail.getTypeName() !== "pulumirpc.ErrorResourceInitFailed") continue;
      const failed = provproto.ErrorResourceInitFailed.deserializeBinary(detail.getValue_asU8());
      initFailure = {
        id: failed.getId(),
        properties: fromStruct(failed.getProperties()),
        reasons: failed.getReasonsList(),
      };
    }
  }
  return new HostCallError(method, error.code, error.details, initFailure);
}
