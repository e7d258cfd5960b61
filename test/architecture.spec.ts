import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import * as ts from "typescript";

/**
 * The dependency rules of ARCHITECTURE.md ("The parts and their direction") and aesthetics.md §7.2,
 * checked on the sources: a forbidden import or an import cycle fails the build.
 */
const ROOT = resolve(__dirname, "..");
const PARTS = ["provider", "resources", "emulator", "testing", "examples"] as const;

interface ImportEdge {
  from: string; // repo-relative file, posix separators
  specifier: string;
  target: string | undefined; // repo-relative file when the import is local
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listSources(full);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function posix(path: string): string {
  return path.split(sep).join("/");
}

function resolveLocal(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, "index.ts"), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return posix(relative(ROOT, candidate));
  }
  return posix(relative(ROOT, base));
}

function importsOf(file: string): ImportEdge[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const from = posix(relative(ROOT, file));
  return info.importedFiles.map(({ fileName }) => ({
    from,
    specifier: fileName,
    target: resolveLocal(file, fileName),
  }));
}

const files = PARTS.flatMap((part) => listSources(join(ROOT, part)));
const edges = files.flatMap(importsOf);

type Rule = (edge: ImportEdge) => string | undefined;

function violations(predicate: Rule, among: readonly ImportEdge[] = edges): string[] {
  return among.flatMap((edge) => {
    const why = predicate(edge);
    return why === undefined ? [] : [`${edge.from} imports "${edge.specifier}": ${why}`];
  });
}

const isNodeBuiltin = (s: string): boolean => s.startsWith("node:");
const inPart = (path: string | undefined, part: string): boolean =>
  path !== undefined && (path === part || path.startsWith(`${part}/`));

/** Each rule names what an edge breaks, or returns undefined. */
const RULES = {
  providerIsPulumiFree: ((e) => {
    if (!inPart(e.from, "provider")) return undefined;
    if (e.specifier.startsWith("@pulumi/")) return "provider/ must not depend on Pulumi";
    for (const part of ["resources", "emulator", "testing", "test", "examples"]) {
      if (inPart(e.target, part)) return `provider/ must not import ${part}/`;
    }
    return undefined;
  }) as Rule,
  providerPackages: ((e) =>
    inPart(e.from, "provider") &&
    e.target === undefined &&
    !isNodeBuiltin(e.specifier) &&
    e.specifier !== "undici" &&
    e.specifier !== "zod"
      ? "provider/ may import only node:*, undici and zod"
      : undefined) as Rule,
  signersArePure: ((e) => {
    if (!inPart(e.from, "provider/signers")) return undefined;
    if (e.target === undefined) return e.specifier === "node:crypto" ? undefined : "signers may import only node:crypto";
    return inPart(e.target, "provider/signers") ? undefined : "signers may not import outside provider/signers/";
  }) as Rule,
  emulatorSharesOnlySigners: ((e) => {
    if (!inPart(e.from, "emulator")) return undefined;
    if (e.specifier.startsWith("@pulumi/")) return "the emulator must not depend on Pulumi";
    if (inPart(e.target, "provider") && !inPart(e.target, "provider/signers")) {
      return "only provider/signers/ is shared with the emulator";
    }
    for (const part of ["resources", "testing", "test", "examples"]) {
      if (inPart(e.target, part)) return `the emulator must not import ${part}/`;
    }
    return undefined;
  }) as Rule,
  resourcesUseProviderIndex: ((e) => {
    if (!inPart(e.from, "resources")) return undefined;
    if (inPart(e.target, "emulator") || inPart(e.target, "testing") || inPart(e.target, "test")) {
      return "resources/ must not import the emulator, testing/ or tests";
    }
    if (inPart(e.target, "provider") && e.target !== "provider/index.ts") return "go through provider/index.ts";
    return undefined;
  }) as Rule,
  examplesLikeUsers: ((e) => {
    if (!inPart(e.from, "examples") || e.target === undefined || inPart(e.target, "examples")) return undefined;
    return e.target === "resources/index.ts" ? undefined : "examples import only resources/index.ts";
  }) as Rule,
};

function cyclesOf(among: readonly ImportEdge[]): string[] {
  const graph = new Map<string, string[]>();
  for (const e of among) {
    if (e.target === undefined) continue;
    graph.set(e.from, [...(graph.get(e.from) ?? []), e.target]);
  }
  const cycles: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "visiting");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
      else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("architecture", () => {
  it("finds the sources it guards", () => {
    assert.ok(files.some((f) => posix(relative(ROOT, f)).startsWith("provider/")));
  });

  it("keeps provider/ free of Pulumi, resources/, emulator/, testing/ and test/", () => {
    assert.deepEqual(violations(RULES.providerIsPulumiFree), []);
  });

  it("keeps provider/ on node built-ins, undici and zod only", () => {
    assert.deepEqual(violations(RULES.providerPackages), []);
  });

  it("keeps the signers pure: node:crypto and their own folder only", () => {
    assert.deepEqual(violations(RULES.signersArePure), []);
  });

  it("lets the emulator reach provider/ only through the signers", () => {
    assert.deepEqual(violations(RULES.emulatorSharesOnlySigners), []);
  });

  it("lets resources/ reach provider/ only through provider/index.ts, and never the emulator", () => {
    assert.deepEqual(violations(RULES.resourcesUseProviderIndex), []);
  });

  it("writes the examples the way a user would: the package's resources and Pulumi only", () => {
    assert.deepEqual(violations(RULES.examplesLikeUsers), []);
  });

  it("has no import cycle", () => {
    assert.deepEqual(cyclesOf(edges), []);
  });
});

describe("architecture rules themselves", () => {
  const edge = (from: string, specifier: string, target?: string): ImportEdge => ({ from, specifier, target });
  const bad: Array<[keyof typeof RULES, ImportEdge]> = [
    ["providerIsPulumiFree", edge("provider/client.ts", "@pulumi/pulumi")],
    ["providerIsPulumiFree", edge("provider/client.ts", "../resources", "resources/index.ts")],
    ["providerIsPulumiFree", edge("provider/client.ts", "../emulator", "emulator/index.ts")],
    ["providerIsPulumiFree", edge("provider/client.ts", "../testing", "testing/index.ts")],
    ["providerPackages", edge("provider/client.ts", "axios")],
    ["signersArePure", edge("provider/signers/rpcSigner.ts", "../clock", "provider/clock.ts")],
    ["emulatorSharesOnlySigners", edge("emulator/server.ts", "../provider/client", "provider/client.ts")],
    ["resourcesUseProviderIndex", edge("resources/x.ts", "../provider/client", "provider/client.ts")],
    ["examplesLikeUsers", edge("examples/q/index.ts", "../../emulator", "emulator/index.ts")],
  ];
  for (const [rule, e] of bad) {
    it(`${rule} reports ${e.from} importing ${e.specifier}`, () => {
      assert.equal(violations(RULES[rule], [e]).length, 1);
    });
  }

  it("reports a two-file import cycle", () => {
    const cycle = [edge("provider/a.ts", "./b", "provider/b.ts"), edge("provider/b.ts", "./a", "provider/a.ts")];
    assert.deepEqual(cyclesOf(cycle), ["provider/a.ts → provider/b.ts → provider/a.ts"]);
  });

  it("resolves a relative import to the file it names", () => {
    assert.equal(resolveLocal(join(ROOT, "provider", "client.ts"), "./errors"), "provider/errors.ts");
  });
});
