/**
 * What the emulator serves (issue 3, "Benchmark"): signed DataWorks requests per second for GetFile
 * and CreateFile with 16 concurrent clients, and its resident memory with 10,000 files stored.
 * Targets: ≥ 2,000 GetFile/s, < 200 MB RSS with 10,000 files.
 *
 * The emulator runs as users run it: its own process, started from the command line, compiled to
 * JavaScript (the emulator sources and the signers it imports are transpiled once into a temporary
 * folder, so neither ts-node nor the TypeScript compiler sits in the measured process). Throttling is
 * off (`--throttle off`): with it on, the documented 50 / 5 QPS levels would be the figure.
 *
 * The clients are ours: each request is signed with provider/signers (ACS3-HMAC-SHA256, a fresh
 * timestamp and nonce, as provider/alibaba/sendAlibaba.ts does) and sent over one undici Pool with
 * keep-alive; 16 loops each keep one request in flight. Load generator and emulator share the
 * machine's two cores, so the figure is a floor, not a ceiling.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { Pool } from "undici";
import { DEFAULT_CREDENTIALS } from "../emulator/credentials";
import { formatAlibabaTimestamp, signAcs3 } from "../provider/signers";
import { startEmulatorProcess } from "../test/emulator/helpers/emulatorProcess";

const CONCURRENCY = 16;
const WARMUP_MS = 1_500;
const MEASURE_MS = 3_000;
const GET_WINDOWS = 3;
const FILES_FOR_MEMORY = 10_000;
const PROJECT_ID = 10_000;
/** The first FileId the emulator hands out (spec/dataworks.md §4.10 ID ranges). */
const FIRST_FILE_ID = 1_000_001;
const FLOW = "bench_flow";
const FOLDER = `业务流程/${FLOW}/MaxCompute/bench`;
const CONTENT = "INSERT OVERWRITE TABLE ods_orders PARTITION (ds='${bizdate}')\nSELECT * FROM src_orders;";

interface Emulator {
  readonly child: ChildProcess;
  readonly url: string;
  readonly host: string;
}

async function startEmulator(): Promise<Emulator> {
  // EMULATOR_BENCH_NODE_ARGS: extra node flags for the emulator process, e.g. `--cpu-prof` to profile it.
  const nodeArgs = (process.env["EMULATOR_BENCH_NODE_ARGS"] ?? "").split(" ").filter((a) => a !== "");
  const started = await startEmulatorProcess(["--port", "0", "--throttle", "off"], { nodeArgs });
  started.child.stderr?.pipe(process.stderr);
  return { child: started.child, url: started.url, host: new URL(started.url).host };
}

const CLOCK_TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1_000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function makeCaller(emulator: Emulator, pool: Pool) {
  const key = DEFAULT_CREDENTIALS.alibaba[0]!;
  return async (action: string, params: Record<string, string | number>): Promise<Record<string, unknown>> => {
    const signed = signAcs3(
      { method: "POST", host: emulator.host, action, version: "2020-05-18", params },
      key,
      { timestamp: formatAlibabaTimestamp(Date.now()), nonce: randomUUID() },
    );
    const res = await pool.request({
      method: "POST",
      path: signed.path,
      headers: signed.headers,
      ...(signed.body !== undefined ? { body: signed.body } : {}),
    });
    const body = (await res.body.json()) as Record<string, unknown>;
    if (res.statusCode !== 200) throw new Error(`${action}: HTTP ${res.statusCode} ${JSON.stringify(body)}`);
    return body;
  };
}

type Caller = ReturnType<typeof makeCaller>;

interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Emulator CPU time per request in the measured window (µs): what the request costs the server. */
  readonly serverCpuUs: number;
  /** Load generator CPU time per request (µs): signing, undici, parsing. */
  readonly clientCpuUs: number;
}

/**
 * `CONCURRENCY` loops, each with one request in flight, for a warm-up and then a measured window.
 * Besides the rate, the CPU time both processes spent in the window is divided by the requests: on
 * a shared machine the rate depends on the CPU share the two processes get, their cost does not.
 */
async function load(pid: number, next: (loop: number, i: number) => Promise<unknown>): Promise<LoadResult> {
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + MEASURE_MS;
  const latencies: number[] = [];
  let counter = 0;
  let cpuAtStart: { server: number; client: NodeJS.CpuUsage } | undefined;
  const sample = setTimeout(() => {
    cpuAtStart = { server: cpuMs(pid), client: process.cpuUsage() };
  }, WARMUP_MS);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, loop) => {
      for (;;) {
        const sent = performance.now();
        if (sent >= end) return;
        await next(loop, counter++);
        const done = performance.now();
        if (sent >= measureFrom && done <= end) latencies.push(done - sent);
      }
    }),
  );
  clearTimeout(sample);
  const serverMs = cpuAtStart ? cpuMs(pid) - cpuAtStart.server : NaN;
  const client = cpuAtStart ? process.cpuUsage(cpuAtStart.client) : { user: NaN, system: NaN };
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const n = latencies.length;
  return {
    requests: n,
    perSecond: n / (MEASURE_MS / 1_000),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    serverCpuUs: (serverMs * 1_000) / n,
    clientCpuUs: (client.user + client.system) / n,
  };
}

async function createFile(call: Caller, name: string): Promise<number> {
  const body = await call("CreateFile", {
    ProjectId: PROJECT_ID,
    FileFolderPath: FOLDER,
    FileName: name,
    FileType: 10,
    InputList: "dp_demo_root",
    Content: CONTENT,
  });
  return Number(body["Data"]);
}

/** Creates files until `total` exist, 16 at a time. */
async function fillTo(call: Caller, total: number, existing: number): Promise<void> {
  let next = existing;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) await createFile(call, `fill_${next++}`);
    }),
  );
}

async function countFiles(call: Caller): Promise<number> {
  const body = await call("ListFiles", { ProjectId: PROJECT_ID, FileFolderPath: FOLDER, PageSize: 1 });
  return Number((body["Data"] as Record<string, unknown>)["TotalCount"]);
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function withEmulator<T>(body: (emulator: Emulator, call: Caller) => Promise<T>): Promise<T> {
  const emulator = await startEmulator();
  const pool = new Pool(emulator.url, { connections: CONCURRENCY, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    return await body(emulator, makeCaller(emulator, pool));
  } finally {
    await pool.close();
    const exited = new Promise((done) => emulator.child.once("exit", done));
    emulator.child.kill("SIGTERM");
    await exited;
  }
}

function median(results: readonly LoadResult[]): LoadResult {
  return [...results].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(results.length / 2)]!;
}

export async function run(): Promise<void> {
  {

    // Throughput on a fresh emulator: GetFile in three windows (the machine is shared, so the median
    // window is reported with the range), then CreateFile.
    const throughput = await withEmulator(async (emulator, call) => {
      const idleRss = rssMb(emulator.child.pid!);
      await call("CreateBusiness", { ProjectId: PROJECT_ID, BusinessName: FLOW });
      const fileId = await createFile(call, "bench_get");
      // A fresh process runs its first thousands of requests before the JIT has optimised the hot
      // path (about 1.7× the steady-state CPU per request): one unmeasured window warms it up.
      await load(emulator.child.pid!, () => call("GetFile", { ProjectId: PROJECT_ID, FileId: fileId }));
      const getFile: LoadResult[] = [];
      for (let w = 0; w < GET_WINDOWS; w++) {
        getFile.push(await load(emulator.child.pid!, () => call("GetFile", { ProjectId: PROJECT_ID, FileId: fileId })));
      }
      const createFiles = await load(emulator.child.pid!, (loop, i) => createFile(call, `create_${loop}_${i}`));
      return { idleRss, getFile, createFiles };
    });

    // Memory on another fresh emulator holding exactly 10,000 files (and no load-test garbage from
    // the phase above), then GetFile again: a lookup must not slow down with the table's size.
    const memory = await withEmulator(async (emulator, call) => {
      await call("CreateBusiness", { ProjectId: PROJECT_ID, BusinessName: FLOW });
      const fillStart = performance.now();
      await fillTo(call, FILES_FOR_MEMORY, 0);
      const fillSeconds = (performance.now() - fillStart) / 1_000;
      const files = await countFiles(call);
      const fullRss = rssMb(emulator.child.pid!);
      const getFile = await load(emulator.child.pid!, () => call("GetFile", { ProjectId: PROJECT_ID, FileId: FIRST_FILE_ID }));
      return { files, fillSeconds, fullRss, afterLoadRss: rssMb(emulator.child.pid!), getFile };
    });

    const range = (rs: readonly LoadResult[]): string =>
      `${fmt(Math.min(...rs.map((r) => r.perSecond)))}–${fmt(Math.max(...rs.map((r) => r.perSecond)))}`;
    console.log(
      `emulator process (transpiled, --throttle off); ${CONCURRENCY} concurrent clients, ACS3-signed by provider/signers, undici keep-alive;`,
    );
    console.log(
      `each window ${MEASURE_MS / 1_000} s after ${WARMUP_MS / 1_000} s of warm-up (plus one unmeasured GetFile window); load generator and emulator share this machine (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")})\n`,
    );
    console.log(
      "| measure | requests/s | p50 ms | p99 ms | emulator CPU µs/req | = req/s per core | client CPU µs/req | target |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---|");
    const row = (name: string, r: LoadResult, goal: string): void =>
      console.log(
        `| ${name} | ${fmt(r.perSecond)} | ${fmt(r.p50Ms, 1)} | ${fmt(r.p99Ms, 1)} | ${fmt(r.serverCpuUs)} | ${fmt(1e6 / r.serverCpuUs)} | ${fmt(r.clientCpuUs)} | ${goal} |`,
      );
    row(`GetFile, median of ${GET_WINDOWS} windows (range ${range(throughput.getFile)})`, median(throughput.getFile), "≥ 2,000/s");
    row("CreateFile (from 1 file up)", throughput.createFiles, "—");
    row(`GetFile with ${fmt(memory.files)} files stored`, memory.getFile, "≥ 2,000/s");
    console.log(`\nfilling to ${fmt(memory.files)} files with CreateFile took ${fmt(memory.fillSeconds, 1)} s\n`);
    console.log("| memory (emulator process RSS) | MB | target |");
    console.log("|---|---:|---|");
    console.log(`| idle, just started | ${fmt(throughput.idleRss, 1)} | — |`);
    console.log(`| ${fmt(memory.files)} files stored | ${fmt(memory.fullRss, 1)} | < 200 MB |`);
    console.log(`| ${fmt(memory.files)} files stored, after the GetFile window | ${fmt(memory.afterLoadRss, 1)} | < 200 MB |`);
  }
}
