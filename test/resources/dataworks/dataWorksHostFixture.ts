import { strict as assert } from "node:assert";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type * as pulumi from "@pulumi/pulumi";
import { startEmulator, type RunningEmulator } from "../../../emulator";
import { createClient, type OperationSender } from "../../../provider";
import { declareResources } from "../../../testing/declareResources";
import { emulatorStackConfig } from "../../../testing/emulatorStackConfig";
import { MiniEngine, type DeclaredResource, type RunResult } from "../../../testing/miniEngine";
import { ProviderHost } from "../../../testing/providerHost";
import { UNKNOWN_VALUE } from "../../../testing/wireValues";

const ROOT = resolve(__dirname, "../../..");

/**
 * The SDK's real provider host (engine.md §2.3) in the repository root, driven by the mini engine,
 * against a real emulator on 127.0.0.1:0 with throttling off. The engine is configured with the whole
 * stack config (secrets as secrets) and keys of other namespaces (engine.md §2.4).
 */
export interface DataWorksHostFixture {
  readonly emulator: RunningEmulator;
  readonly host: ProviderHost;
  readonly engine: MiniEngine;
  /** Plays the console user who edits objects behind the program's back. */
  readonly console: OperationSender;
  /** The secret of the stack config, which must never reach state or logs. */
  readonly secret: string;
  /** DataWorks actions the emulator served since the last `clear()`. */
  actions(): string[];
  clear(): void;
  up(program: () => pulumi.Resource[]): ReturnType<MiniEngine["up"]>;
  /** The program's resources as the engine receives them, secret outputs from the field policy. */
  declare(program: () => pulumi.Resource[]): Promise<DeclaredResource[]>;
  /** Previews the program's first resource with the named inputs unknown, as a first preview sees them. */
  previewWithUnknownInputs(
    program: () => pulumi.Resource[],
    unknownInputs: readonly string[],
  ): Promise<RunResult>;
  /** Runs `up` on an unchanged one-resource program: asserts one `same` step and no DataWorks call. */
  assertUnchangedUp(program: () => pulumi.Resource[]): Promise<void>;
  close(): Promise<void>;
}

/** Asserts the operations of a run's steps (create, same, update, read, delete…), in order. */
export function assertStepOps(result: RunResult, ops: readonly string[]): void {
  assert.deepEqual(
    result.steps.map((s) => s.op),
    ops,
  );
}

export async function startDataWorksHost(): Promise<DataWorksHostFixture> {
  assert.ok(
    existsSync(resolve(ROOT, "dist/resources/dataworks/folder.js")),
    "run `npm run build` first",
  );
  const emulator = await startEmulator({ port: 0, throttle: false });
  const key = emulator.credentials.alibaba[0]!;
  const host = await ProviderHost.start({ cwd: ROOT });
  const stack = emulatorStackConfig(emulator);
  const engine = new MiniEngine(host, {
    config: {
      ...stack.config,
      "dataplatform:alibabaRegion": "cn-hangzhou",
      "dataplatform:probeToken": "not-for-dataworks",
      "aws:region": "eu-west-1",
      "test:unrelated": "x",
    },
    secretConfig: stack.secretConfig,
  });
  const console = createClient({
    config: {
      endpoint: emulator.url,
      alibabaAccessKeyId: key.accessKeyId,
      alibabaAccessKeySecret: key.accessKeySecret,
    },
    env: {},
  });
  const actionsServed = () =>
    emulator.requests({ service: "dataworks" }).map((entry) => entry.action);
  const declare = (program: () => pulumi.Resource[]) => declareResources(program);
  return {
    emulator,
    host,
    engine,
    console,
    secret: key.accessKeySecret,
    actions: actionsServed,
    clear: () => emulator.clearRequests(),
    declare,
    up: async (program) => engine.up(await declare(program)),
    previewWithUnknownInputs: async (program, unknownInputs) => {
      const [declared] = await declare(program);
      assert.ok(declared, "the program declares no resource");
      const unknown = Object.fromEntries(unknownInputs.map((name) => [name, UNKNOWN_VALUE]));
      return engine.preview([{ ...declared, inputs: { ...declared.inputs, ...unknown } }]);
    },
    assertUnchangedUp: async (program) => {
      emulator.clearRequests();
      assertStepOps(await engine.up(await declare(program)), ["same"]);
      assert.deepEqual(actionsServed(), []);
    },
    close: async () => {
      await host.close();
      await emulator.close();
    },
  };
}
