import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "../../..");

/**
 * Transpiles `emulator/` and `provider/signers/` (everything the emulator imports) to CommonJS in
 * `outDir`, the way `npm run build` compiles the `dataplatform-emulator` bin, without type checking.
 */
export function transpileEmulator(outDir: string): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
    });
  for (const source of [...walk(join(ROOT, "emulator")), ...walk(join(ROOT, "provider/signers"))]) {
    const out = join(outDir, relative(ROOT, source)).replace(/\.ts$/, ".js");
    const { outputText } = ts.transpileModule(readFileSync(source, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: source,
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
}

let compiled: string | undefined;

/** The emulator compiled once per test process (removed when the process exits). */
function compiledCli(): string {
  if (compiled === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "dataplatform-emulator-cli-"));
    transpileEmulator(dir);
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    compiled = dir;
  }
  return join(compiled, "emulator/cli.js");
}

export interface EmulatorProcess {
  readonly child: ChildProcess;
  /** `http://HOST:PORT` from the first line. */
  readonly url: string;
  readonly firstLine: string;
  /** Everything printed on stdout so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

export interface EmulatorProcessOptions {
  /**
   * `"ts-node"` runs `emulator/cli.ts` as `npm run emulator` / `npm start` do; `"compiled"` (default)
   * runs the transpiled `emulator/cli.js` with plain node, as the installed bin runs, and starts in a
   * fraction of the time.
   */
  readonly runner?: "ts-node" | "compiled";
  readonly nodeArgs?: readonly string[];
}

/** Starts the emulator CLI in a child process and waits for its first line. */
export async function startEmulatorProcess(
  args: readonly string[],
  options: EmulatorProcessOptions = {},
): Promise<EmulatorProcess> {
  const entry =
    options.runner === "ts-node"
      ? ["-r", "ts-node/register/transpile-only", "emulator/cli.ts"]
      : [compiledCli()];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry, ...args], {
    cwd: ROOT,
    // The compiled files live outside the project: resolve zod & co. from its node_modules.
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const firstLine = await new Promise<string>((done, fail) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf("\n");
      if (newline >= 0) done(out.slice(0, newline));
    });
    void exited.then((code) => fail(new Error(`the emulator exited with ${code} before listening: ${err}`)));
  });
  return { child, url: firstLine.replace(/^listening on /, ""), firstLine, output: () => out, exited };
}

/** Runs the CLI to completion (for flags that make it exit) and returns its exit code and stderr. */
export async function runEmulatorCli(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [compiledCli(), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once("exit", done));
  return { code, stderr };
}
