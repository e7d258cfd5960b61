/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn; each prints its own figures.
 * Benchmarks measure and print; they never fail on a figure (tests never assert on wall-clock time).
 *
 * Each benchmark runs in a fresh Node process: a micro-benchmark that follows a server benchmark in
 * the same process measures the other's leftover heap and JIT state, not its own code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The child's entry: `bench/index.ts --one FILE` runs that benchmark only, in this process. */
async function runOne(file: string): Promise<void> {
  const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
  await mod.run();
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--one" && args[1] !== undefined) {
    runOne(args[1]).catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
    return;
  }
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => args.length === 0 || args.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, "--one", file], {
      stdio: "inherit",
    });
    if (child.status !== 0) process.exitCode = 1;
  }
}

main();
