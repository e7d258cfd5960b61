import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./runCommand";

const MARKER = "RESULT ";

/** What one phase of the user's test saw: the engine's steps and errors, the emulator's calls. */
export interface PhaseReport {
  readonly steps: { urn: string; op: string }[];
  readonly errors: string[];
  readonly actions: string[];
}

export interface ConsumerStackReport {
  readonly preview: PhaseReport;
  readonly up: PhaseReport;
  readonly noop: PhaseReport;
  readonly destroy: PhaseReport;
  /** The File's `__provider` input as the program registered it. */
  readonly declaredProvider: unknown;
  /** The File's state entry after `up`. */
  readonly file: { id: string; outputs: Record<string, unknown> };
  /** Every line the provider host printed (its `pulumi.log` lines). */
  readonly hostOutput: string[];
}

/**
 * A user's test of their own program, in plain JavaScript and using nothing but the installed
 * `pulumi-dataplatform` and `pulumi-dataplatform/testing` — the flow docs/testing.md shows: start
 * the emulator, start the provider host in the program folder, preview, up, a no-op up, destroy.
 */
const USER_TEST = `"use strict";
const { dataworks } = require("pulumi-dataplatform");
const {
  startEmulator,
  emulatorStackConfig,
  declareResources,
  ProviderHost,
  MiniEngine,
} = require("pulumi-dataplatform/testing");

const program = () => [
  new dataworks.BusinessFlow("flow", { projectId: 10000, name: "sales" }),
  new dataworks.File("daily", {
    projectId: 10000,
    folderPath: "业务流程/sales/MaxCompute/daily",
    fileName: "daily_orders",
    fileType: 10,
    content: "SELECT 1;",
    cronExpress: "00 05 00 * * ?",
  }),
];

async function main() {
  const emulator = await startEmulator({ timeScale: 10 });
  const host = await ProviderHost.start({ cwd: __dirname });
  try {
    const engine = new MiniEngine(host, emulatorStackConfig(emulator));
    await engine.loadProvider();
    const phase = async (run) => {
      emulator.clearRequests();
      const result = await run();
      return { steps: result.steps, errors: result.errors, actions: emulator.requests().map((r) => r.action) };
    };
    const resources = await declareResources(program);
    const preview = await phase(() => engine.preview(resources));
    const up = await phase(() => engine.up(resources));
    const file = [...engine.state.values()].find((entry) => entry.type.endsWith(":File"));
    const noop = await phase(() => engine.up(resources));
    // Deletes run in reverse creation order: the file goes before its business flow.
    const destroy = await phase(() => engine.destroy());
    const declaredProvider = resources.find((r) => r.type.endsWith(":File")).inputs.__provider;
    const report = {
      preview,
      up,
      noop,
      destroy,
      declaredProvider,
      file: file && { id: file.id, outputs: file.outputs },
      hostOutput: host.output,
    };
    console.log(${JSON.stringify(MARKER)} + JSON.stringify(report));
  } finally {
    await host.close();
    await emulator.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** Writes the user's test into `dir`, runs it with `node` there and returns what it reported. */
export async function runConsumerStackTest(dir: string): Promise<ConsumerStackReport> {
  writeFileSync(join(dir, "stack.test.js"), USER_TEST);
  const { stdout } = await runCommand(process.execPath, ["stack.test.js"], { cwd: dir });
  const line = stdout.split("\n").find((l) => l.startsWith(MARKER));
  if (line === undefined) throw new Error(`the user's test printed no result:\n${stdout}`);
  return JSON.parse(line.slice(MARKER.length)) as ConsumerStackReport;
}
