import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "./runCommand";

/** A fresh program folder outside the repository with the packed package installed in it. */
export interface PackedConsumer {
  /** The program directory (the provider host's working directory). */
  readonly dir: string;
  /** The tarball `npm pack` produced. */
  readonly tarball: string;
  remove(): void;
}

/**
 * What npm hoists into a program's node_modules when it installs `@pulumi/pulumi` (the SDK and the
 * gRPC and protobuf packages it depends on), linked from the repository's pinned copies.
 */
const PEER_LINKS = ["@pulumi", "@grpc", "google-protobuf"] as const;

/**
 * `npm pack`s the built package and installs the tarball into a new folder under the system's
 * temporary directory, offline, from the npm cache `npm ci` filled (the runtime dependencies
 * undici, zod and fast-deep-equal are there). The peer `@pulumi/pulumi` is not installed from the
 * cache: its tree is large (a full offline install takes over 30 s and the cache need not hold all
 * of it), so it is linked from the repository, as `PEER_LINKS` says. Node resolves a link to its
 * real path, so the SDK and the package share one copy, exactly as a real install has it.
 * `npm pack` skips `prepack`: the caller has built `dist` (npm test builds first).
 */
export async function installPackedPackage(root: string): Promise<PackedConsumer> {
  const work = mkdtempSync(join(tmpdir(), "dataplatform-pack-"));
  const env = npmEnvironment();
  try {
    const packed = await runCommand(
      "npm",
      ["pack", "--ignore-scripts", "--json", "--pack-destination", work],
      { cwd: root, env },
    );
    const [info] = JSON.parse(packed.stdout) as { filename: string }[];
    const tarball = join(work, info!.filename);
    const dir = join(work, "program");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "dataplatform-consumer", version: "1.0.0", private: true }),
    );
    await runCommand(
      "npm",
      [
        "install",
        "--offline",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        "--ignore-scripts",
        "--legacy-peer-deps",
        tarball,
      ],
      { cwd: dir, env },
    );
    for (const name of PEER_LINKS) {
      const target = join(root, "node_modules", name);
      if (existsSync(target)) symlinkSync(target, join(dir, "node_modules", name), "dir");
    }
    return { dir, tarball, remove: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The environment without what `npm test` sets for its own script (`npm_package_*`,
 * `npm_lifecycle_*`, the local prefix): a nested npm must see the consumer folder as its project.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^npm_(package|lifecycle)_/.test(key) ||
      key === "npm_config_local_prefix" ||
      key === "INIT_CWD"
    )
      continue;
    env[key] = value;
  }
  return env;
}
