import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DeclaredResource } from "../../testing/miniEngine";
import { runCommand } from "./runCommand";

/** Marks the line the program prints its result on (the SDK may print its own lines). */
const MARKER = "DECLARED ";

/**
 * A consumer's program, in plain JavaScript as a user would write it: it constructs one resource
 * from the *installed* `pulumi-dataplatform` and declares it with `declareResources` from the
 * installed `pulumi-dataplatform/testing`, printing what the engine would receive.
 */
const PROGRAM = `"use strict";
const dataplatform = require("pulumi-dataplatform");
const { declareResources } = require("pulumi-dataplatform/testing");
const [exportPath, name, argsJson] = process.argv.slice(2);
const Resource = exportPath.split(".").reduce((scope, key) => scope[key], dataplatform);
declareResources(() => [new Resource(name, JSON.parse(argsJson))]).then(
  (declared) => console.log(${JSON.stringify(MARKER)} + JSON.stringify(declared)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;

/**
 * Writes the program into `dir` and runs it with `node` there; returns the declared resource.
 * `exportPath` names the class in the package's exports (`dataworks.File`).
 */
export async function declareInConsumer(
  dir: string,
  exportPath: string,
  name: string,
  args: Record<string, unknown>,
): Promise<DeclaredResource> {
  writeFileSync(join(dir, "program.js"), PROGRAM);
  const { stdout } = await runCommand(
    process.execPath,
    ["program.js", exportPath, name, JSON.stringify(args)],
    { cwd: dir },
  );
  const line = stdout.split("\n").find((l) => l.startsWith(MARKER));
  if (line === undefined) throw new Error(`the program printed no declaration:\n${stdout}`);
  const [declared] = JSON.parse(line.slice(MARKER.length)) as DeclaredResource[];
  if (declared === undefined) throw new Error("the program declared nothing");
  return declared;
}
