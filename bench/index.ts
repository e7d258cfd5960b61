/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn; each prints its own figures.
 * Benchmarks measure and print; they never fail on a figure (tests never assert on wall-clock time).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
    await mod.run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
