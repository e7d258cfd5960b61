import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
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

interface LockEntry {
  version: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * `npm pack`s the built package and installs the tarball into a new folder under the system's
 * temporary directory, offline, from the npm cache `npm ci` filled.
 *
 * - The runtime dependencies (undici, zod, fast-deep-equal) come from that cache. `npm ci` caches
 *   tarballs by integrity but not the registry metadata a plain `npm install <tarball>` needs to
 *   resolve versions, so on a fresh cache `npm install --offline` fails with ENOTCACHED. The folder
 *   therefore gets a lockfile naming the tarball and the repository's locked versions and
 *   integrities of its dependencies, and `npm ci --offline` installs from that: no metadata needed.
 * - The peer `@pulumi/pulumi` is not installed: its tree is large (over 30 s offline, and the cache
 *   need not hold all of it). It is linked from the repository, as `PEER_LINKS` says. Node
 *   resolves a link to its real path, so the SDK and the package share one copy, as in a real
 *   install.
 * - `npm pack` skips `prepack`: the caller has built `dist` (npm test builds first).
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
    writeConsumerProject(root, dir, tarball);
    await runCommand(
      "npm",
      ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--legacy-peer-deps"],
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

/** package.json and package-lock.json of a program that depends on the tarball only. */
function writeConsumerProject(root: string, dir: string, tarball: string): void {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const spec = `file:../${tarball.split(/[\\/]/).pop()}`;
  const project = {
    name: "dataplatform-consumer",
    version: "1.0.0",
    private: true,
    dependencies: { [manifest.name]: spec },
  };
  const packages: Record<string, unknown> = {
    "": project,
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity: `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`,
      dependencies: manifest.dependencies ?? {},
      peerDependencies: manifest.peerDependencies ?? {},
    },
  };
  // The runtime dependencies and theirs, as the repository locked them (hoisted entries).
  const pending = Object.keys(manifest.dependencies ?? {});
  while (pending.length > 0) {
    const name = pending.pop()!;
    const key = `node_modules/${name}`;
    if (key in packages) continue;
    const entry = lock.packages[key];
    if (entry === undefined) throw new Error(`package-lock.json has no ${key}`);
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...kept } = entry;
    packages[key] = kept;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify(project, null, 2));
  writeFileSync(
    join(dir, "package-lock.json"),
    JSON.stringify({ ...project, lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

/**
 * The environment without what `npm test` sets for its own script (`npm_package_*`,
 * `npm_lifecycle_*`, the local prefix): a nested npm must see the consumer folder as its project.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle)_/.test(key)) continue;
    if (key === "npm_config_local_prefix" || key === "INIT_CWD") continue;
    env[key] = value;
  }
  return env;
}
