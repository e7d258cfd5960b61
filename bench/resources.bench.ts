/**
 * Resources (issue 5 "Benchmark"), through the SDK's real dynamic-provider host against the
 * emulator:
 *
 * 1. the serialized `__provider` of every resource type, in bytes (ARCHITECTURE decision 1:
 *    ≤ 1 KB);
 * 2. the DataWorks calls of each lifecycle operation (create, no-op up, update, refresh, delete)
 *    per resource, counted from the emulator's request log, next to the fewest the spec allows;
 * 3. 100 `dataworks.File` creates at once with the emulator enforcing the documented level-3 limit
 *    (5 QPS, spec/dataworks.md §1.8): the CreateFile rate achieved as a fraction of 5 QPS (target
 *    ≥ 0.9) and the throttling errors the user saw (target 0).
 *
 * The host loads the built package (`pulumi-dataplatform/dynamic` → dist/): run `npm run build`
 * first.
 * Figures are printed, never asserted (wall-clock time varies with the machine's load).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { startEmulator, type RunningEmulator } from "../emulator";
import { STANDARD_PROJECT_ID } from "../emulator/services/dataworks/constants";
import { systemClock } from "../provider";
import { dataworks } from "../resources";
import { shimFor } from "../resources/framework/shim";
import { RESOURCE_DEFINITIONS } from "../resources/registry";
import { declareResources } from "../testing/declareResources";
import { emulatorStackConfig } from "../testing/emulatorStackConfig";
import { MiniEngine, type DeclaredResource, type RunResult } from "../testing/miniEngine";
import { ProviderHost } from "../testing/providerHost";

const ROOT = resolve(__dirname, "..");
const BUDGET_BYTES = 1024;
const LEVEL3_QPS = 5;
const FILES = 100;
const BUSINESS_FLOW = "bench_flow";
const FOLDER_PATH = `业务流程/${BUSINESS_FLOW}/MaxCompute`;

type Operation = "create" | "no-op up" | "update" | "refresh" | "delete";
const OPERATIONS: readonly Operation[] = ["create", "no-op up", "update", "refresh", "delete"];

/** The fewest calls an operation can make, and the calls the spec requires for it. */
interface Minimum {
  readonly count: number;
  readonly calls: string;
}

/** One resource's lifecycle: its program before and after a change, the spec's minimum per step. */
interface LifecycleScenario {
  readonly resource: string;
  readonly initial: () => pulumi.Resource[];
  readonly updated: () => pulumi.Resource[];
  /** What the update changes. */
  readonly change: string;
  readonly minimum: Readonly<Record<Operation, Minimum>>;
}

const NONE: Minimum = { count: 0, calls: "— (diff against the stored outputs)" };

/** The minimum of a resource whose create, update, refresh and delete are one call each. */
function oneCallEach(
  calls: Readonly<Record<Exclude<Operation, "no-op up">, string>>,
): Record<Operation, Minimum> {
  const one = (call: string): Minimum => ({ count: 1, calls: call });
  return {
    create: one(calls.create),
    "no-op up": NONE,
    update: one(calls.update),
    refresh: one(calls.refresh),
    delete: one(calls.delete),
  };
}

const SCENARIOS: readonly LifecycleScenario[] = [
  {
    resource: "dataworks.BusinessFlow",
    initial: () => [flow("bench_lifecycle_flow", "first")],
    updated: () => [flow("bench_lifecycle_flow", "second")],
    change: "description",
    minimum: oneCallEach({
      create: "CreateBusiness (§3.4.1)",
      update: "UpdateBusiness (§3.4.2)",
      refresh: "GetBusiness (§3.4.3)",
      delete: "DeleteBusiness (§3.4.4)",
    }),
  },
  {
    resource: "dataworks.Folder",
    initial: () => [folder("daily")],
    updated: () => [folder("nightly")],
    change: "name (rename in place)",
    minimum: oneCallEach({
      create: "CreateFolder (§3.3.1)",
      update: "UpdateFolder (§3.3.3)",
      refresh: "GetFolder (§3.3.2)",
      delete: "DeleteFolder (§3.3.4)",
    }),
  },
  {
    resource: "dataworks.File",
    initial: () => [file("bench_lifecycle_file", "SELECT 1;")],
    updated: () => [file("bench_lifecycle_file", "SELECT 2;")],
    change: "content",
    minimum: {
      // §4.2: the workspace mode decides whether to deploy; then create, submit, wait, deploy,
      // wait, and GetFile for NodeId / CurrentVersion (step 5). A wait is at least one
      // GetDeployment (§4.3).
      create: {
        count: 7,
        calls:
          "GetProject, CreateFile, SubmitFile, GetDeployment, DeployFile, GetDeployment, GetFile (§4.2)",
      },
      "no-op up": NONE,
      // §4.4: UpdateFile sends only fields that differ from the last GetFile; then §4.2 steps 3–5.
      update: {
        count: 7,
        calls:
          "GetFile, UpdateFile, SubmitFile, GetDeployment, DeployFile, GetDeployment, GetFile (§4.2, §4.4)",
      },
      // §4.8: content edited in the console (GetFile), a version saved but not deployed
      // (ListFileVersions).
      refresh: { count: 2, calls: "GetFile, ListFileVersions (§4.8)" },
      // §4.5, standard mode: the deletion is deployed to production.
      delete: { count: 4, calls: "DeleteFile, GetDeployment, DeployFile, GetDeployment (§4.5)" },
    },
  },
  {
    resource: "dataworks.DataSource",
    initial: () => [dataSource("bench warehouse")],
    updated: () => [dataSource("bench warehouse, rotated")],
    change: "description",
    minimum: oneCallEach({
      create: "CreateDataSource (§3.5.1)",
      // §4.2: UpdateDataSource always carries the full Content, so no read is needed first.
      update: "UpdateDataSource (§3.5.2)",
      refresh: "ListDataSources filtered by name and env type (§3.5.3, §4.8)",
      delete: "DeleteDataSource (§3.5.4)",
    }),
  },
];

function flow(name: string, description: string): pulumi.Resource {
  return new dataworks.BusinessFlow(name, { projectId: STANDARD_PROJECT_ID, name, description });
}

/** The folder `daily` of the scenario, under the name `name` (a rename keeps the resource). */
function folder(name: string): pulumi.Resource {
  return new dataworks.Folder("daily", {
    projectId: STANDARD_PROJECT_ID,
    parentPath: FOLDER_PATH,
    name,
  });
}

function file(name: string, content: string, publish = true): pulumi.Resource {
  return new dataworks.File(name, {
    projectId: STANDARD_PROJECT_ID,
    folderPath: FOLDER_PATH,
    fileName: name,
    fileType: 10,
    content,
    cronExpress: "00 05 00 * * ?",
    ...(publish ? {} : { submit: false, deploy: false }),
  });
}

function dataSource(description: string): pulumi.Resource {
  return new dataworks.DataSource("warehouse", {
    projectId: STANDARD_PROJECT_ID,
    name: "bench_mysql",
    type: "mysql",
    envType: "production",
    description,
    content: { tag: "public", jdbcUrl: "jdbc:mysql://db.internal:3306/sales", username: "etl" },
    password: "bench-password",
  });
}

export async function run(): Promise<void> {
  await printProviderSizes();
  if (!existsSync(join(ROOT, "dist/resources/framework/dispatch.js"))) {
    console.log(
      "\nThe provider host loads the built package: run `npm run build`, then the benchmark again.",
    );
    return;
  }
  await printLifecycleCalls();
  await printCreateRate();
}

/** 1. Every resource's `__provider` in state, serialized as `dynamic.Resource` does. */
async function printProviderSizes(): Promise<void> {
  console.log(`\n### Serialized provider per resource type (budget ${BUDGET_BYTES} bytes)\n`);
  console.log("| type | bytes | within budget |");
  console.log("|---|---:|---|");
  for (const type of Object.keys(RESOURCE_DEFINITIONS)) {
    const provider = shimFor(type);
    const { text } = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
    const bytes = Buffer.byteLength(text, "utf8");
    console.log(`| \`${type}\` | ${bytes} | ${bytes <= BUDGET_BYTES ? "yes" : "**no**"} |`);
  }
}

/** A host in the repository (`pulumi-dataplatform/dynamic` resolves to dist/) and an emulator. */
async function startStack(options: Parameters<typeof startEmulator>[0]): Promise<{
  emulator: RunningEmulator;
  host: ProviderHost;
  engine: () => Promise<MiniEngine>;
  close: () => Promise<void>;
}> {
  const emulator = await startEmulator(options);
  const host = await ProviderHost.start({ cwd: ROOT });
  const stack = emulatorStackConfig(emulator);
  let loaded = false;
  return {
    emulator,
    host,
    engine: async () => {
      const engine = new MiniEngine(host, stack);
      if (!loaded) await engine.loadProvider();
      loaded = true;
      return engine;
    },
    close: async () => {
      await host.close();
      await emulator.close();
    },
  };
}

/** The business flow the folders and files live in; kept out of the counts. */
async function createBusinessFlow(engine: MiniEngine): Promise<void> {
  const result = await engine.up(await declareResources(() => [flow(BUSINESS_FLOW, "benchmark")]));
  if (result.errors.length > 0)
    throw new Error(`cannot create the business flow: ${result.errors.join("; ")}`);
}

/** 2. Calls per lifecycle operation, from the emulator's request log. */
async function printLifecycleCalls(): Promise<void> {
  // Ten emulator seconds per real second: submits and deploys finish within one poll interval.
  const stack = await startStack({ timeScale: 10, requestLogSize: 10_000 });
  try {
    await createBusinessFlow(await stack.engine());
    for (const scenario of SCENARIOS) {
      const engine = await stack.engine();
      const initial = await declareResources(scenario.initial);
      const updated = await declareResources(scenario.updated);
      const steps: Record<Operation, () => Promise<RunResult>> = {
        create: () => engine.up(initial),
        "no-op up": () => engine.up(initial),
        update: () => engine.up(updated),
        refresh: () => engine.refresh(),
        delete: () => engine.destroy(),
      };
      console.log(
        `\n### ${scenario.resource}: DataWorks calls per operation (update changes ${scenario.change})\n`,
      );
      console.log("| operation | calls | calls made | spec minimum | the minimum's calls |");
      console.log("|---|---:|---|---:|---|");
      for (const operation of OPERATIONS) {
        const counted = await countCalls(stack.emulator, steps[operation]);
        const minimum = scenario.minimum[operation];
        console.log(
          `| ${operation} | ${counted.total} | ${counted.summary} | ${minimum.count} | ${minimum.calls} |`,
        );
      }
    }
  } finally {
    await stack.close();
  }
}

async function countCalls(
  emulator: RunningEmulator,
  step: () => Promise<RunResult>,
): Promise<{ total: number; summary: string }> {
  emulator.clearRequests();
  const result = await step();
  const actions = emulator.requests({ service: "dataworks" }).map((r) => r.action);
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action, (counts.get(action) ?? 0) + 1);
  const made = [...counts].map(([action, n]) => (n === 1 ? action : `${action} ×${n}`)).join(", ");
  const errors = result.errors.length === 0 ? "" : ` — **error**: ${result.errors.join("; ")}`;
  return { total: actions.length, summary: `${made === "" ? "none" : made}${errors}` };
}

/**
 * 3. 100 files created at once, as the engine runs independent creates in parallel, against the
 * emulator's documented limits (throttling on, real time). `submit: false, deploy: false` leaves
 * CreateFile the only level-3 call of a create, so the level-3 budget is all CreateFile's.
 */
async function printCreateRate(): Promise<void> {
  const stack = await startStack({ timeScale: 1, requestLogSize: 10_000, throttle: true });
  try {
    const setup = await stack.engine();
    await createBusinessFlow(setup);
    const declared = await declareResources(() =>
      Array.from({ length: FILES }, (_, i) =>
        file(`bench_rate_${String(i).padStart(3, "0")}`, `SELECT ${i};`, false),
      ),
    );
    stack.emulator.clearRequests();
    const started = systemClock.now();
    const outcomes = await Promise.allSettled(
      declared.map((resource) => createOne(setup, resource)),
    );
    const elapsedMs = systemClock.now() - started;

    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    const surfacedThrottling = failures.filter((f) => /Throttling/i.test(String(f.reason))).length;
    const creates = stack.emulator.requests({ service: "dataworks", action: "CreateFile" });
    const accepted = creates.filter((r) => r.status === 200);
    const throttled = creates.filter((r) => r.errorCode?.startsWith("Throttling") === true).length;
    const times = accepted.map((r) => Date.parse(r.time));
    const windowMs = Math.max(...times) - Math.min(...times);
    // n calls spread over a window hold n − 1 intervals.
    const windowRate = windowMs > 0 ? (accepted.length - 1) / (windowMs / 1000) : Number.NaN;
    const overallRate = accepted.length / (elapsedMs / 1000);

    console.log(
      `\n### ${FILES} dataworks.File creates at once, emulator enforcing ${LEVEL3_QPS} QPS at level 3\n`,
    );
    console.log("| figure | value |");
    console.log("|---|---:|");
    console.log(`| files created | ${FILES - failures.length} / ${FILES} |`);
    console.log(
      `| wall time for all creates | ${(elapsedMs / 1000).toFixed(1)} s (≥ ${((FILES - 1) / LEVEL3_QPS).toFixed(1)} s at ${LEVEL3_QPS} QPS) |`,
    );
    console.log(
      `| CreateFile rate, first to last accepted call | ${windowRate.toFixed(2)} QPS = **${(windowRate / LEVEL3_QPS).toFixed(2)}** of ${LEVEL3_QPS} QPS |`,
    );
    console.log(
      `| CreateFile rate over the whole run | ${overallRate.toFixed(2)} QPS = ${(overallRate / LEVEL3_QPS).toFixed(2)} of ${LEVEL3_QPS} QPS |`,
    );
    console.log(
      `| CreateFile calls the emulator throttled (retried by the client) | ${throttled} |`,
    );
    console.log(`| throttling errors surfaced to the user | ${surfacedThrottling} |`);
    console.log(`| other errors surfaced | ${failures.length - surfacedThrottling} |`);
    for (const failure of failures.slice(0, 3))
      console.log(`\n- ${String(failure.reason).split("\n")[0]}`);
  } finally {
    await stack.close();
  }
}

/** Check then Create, as the engine's create step does (engine.md §2.4); run concurrently. */
async function createOne(engine: MiniEngine, resource: DeclaredResource): Promise<void> {
  const urn = engine.urnOf(resource.type, resource.name);
  const checked = await engine.host.check(urn, {}, resource.inputs);
  if (checked.failures.length > 0)
    throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
  await engine.host.create(urn, checked.inputs);
}
