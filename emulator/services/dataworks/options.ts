/**
 * Switches for the open questions of spec/dataworks.md §6 that the emulator had to decide. Read from
 * `ctx.options` under the names below (booleans and enums may also arrive as strings from a command
 * line), normalised once with the documented defaults; docs/emulator-dataworks.md lists them.
 */
export interface DataWorksOptions {
  /** §6 q28: reject deleting a folder / business flow that still has children (else delete anyway). */
  readonly strictDelete: boolean;
  /** §6 q7: what DeployFile does in a simple-mode workspace. */
  readonly simpleModeDeploy: "reject" | "noop";
  /** §6 q9: how DeleteFile writes an "empty" DeploymentId. */
  readonly emptyDeploymentId: "omit" | "null";
  /** §6 q10: UpdateFile "parameters must differ" rule. */
  readonly updateFileUnchanged: "rejectIfNoChange" | "rejectAnyUnchanged" | "allow";
  /** §6 q13: scope in which FileName must be unique. */
  readonly fileNameScope: "project" | "folder";
  /** §6 q34: ListDataSources `Name` filter. */
  readonly dataSourceNameMatch: "exact" | "fuzzy";
  /** §6 q33: whether UpdateDataSource may move a data source to the other `EnvType`. */
  readonly dataSourceEnvTypeUpdate: "allow" | "reject";
  /** §6 q5: HttpStatusCode of Create/Update/DeleteDataSource as the documented String type or the example's number. */
  readonly tenantStatusCodeAsString: boolean;
  /** §6 q31 sibling: ListFiles `FileFolderPath` matches the folder only, or its whole subtree. */
  readonly listFilesRecursive: boolean;
  /** §6 q27: CreateFolder/CreateFile paths must name an existing business flow. */
  readonly requireBusinessForPaths: boolean;
  /** §6 q22 / §3.1.9: extension check on submit packages: none, passes/fails by itself, or waits for CheckFileDeployment. */
  readonly deploymentCheck: "none" | "pass" | "fail" | "callback";
  /** §4.3: file names whose deployments end in failure (`Status` 2), for testing failure handling. */
  readonly failDeploymentsOf: readonly string[];
}

export const DEFAULT_OPTIONS: DataWorksOptions = {
  strictDelete: true,
  simpleModeDeploy: "reject",
  emptyDeploymentId: "omit",
  updateFileUnchanged: "rejectIfNoChange",
  fileNameScope: "project",
  dataSourceNameMatch: "exact",
  dataSourceEnvTypeUpdate: "allow",
  tenantStatusCodeAsString: false,
  listFilesRecursive: false,
  requireBusinessForPaths: true,
  deploymentCheck: "none",
  failDeploymentsOf: [],
};

/** Option names as they appear in `ctx.options`. */
export const OPTION_PREFIX = "dataworks.";

/** The options object of a running emulator never changes: each is normalised once per object. */
const NORMALISED = new WeakMap<object, DataWorksOptions>();

export function dataWorksOptions(raw: Readonly<Record<string, unknown>>): DataWorksOptions {
  let options = NORMALISED.get(raw);
  if (options === undefined) {
    options = normalise(raw);
    NORMALISED.set(raw, options);
  }
  return options;
}

function normalise(raw: Readonly<Record<string, unknown>>): DataWorksOptions {
  const get = (name: keyof DataWorksOptions): unknown => raw[OPTION_PREFIX + name];
  const bool = (name: keyof DataWorksOptions, fallback: boolean): boolean => {
    const v = get(name);
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    return fallback;
  };
  const oneOf = <T extends string>(
    name: keyof DataWorksOptions,
    values: readonly T[],
    fallback: T,
  ): T => {
    const v = get(name);
    return typeof v === "string" && (values as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const names = (): readonly string[] => {
    const v = get("failDeploymentsOf");
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
    if (typeof v === "string")
      return v
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
    return DEFAULT_OPTIONS.failDeploymentsOf;
  };
  const d = DEFAULT_OPTIONS;
  return {
    strictDelete: bool("strictDelete", d.strictDelete),
    simpleModeDeploy: oneOf("simpleModeDeploy", ["reject", "noop"], d.simpleModeDeploy),
    emptyDeploymentId: oneOf("emptyDeploymentId", ["omit", "null"], d.emptyDeploymentId),
    updateFileUnchanged: oneOf(
      "updateFileUnchanged",
      ["rejectIfNoChange", "rejectAnyUnchanged", "allow"],
      d.updateFileUnchanged,
    ),
    fileNameScope: oneOf("fileNameScope", ["project", "folder"], d.fileNameScope),
    dataSourceNameMatch: oneOf("dataSourceNameMatch", ["exact", "fuzzy"], d.dataSourceNameMatch),
    dataSourceEnvTypeUpdate: oneOf(
      "dataSourceEnvTypeUpdate",
      ["allow", "reject"],
      d.dataSourceEnvTypeUpdate,
    ),
    tenantStatusCodeAsString: bool("tenantStatusCodeAsString", d.tenantStatusCodeAsString),
    listFilesRecursive: bool("listFilesRecursive", d.listFilesRecursive),
    requireBusinessForPaths: bool("requireBusinessForPaths", d.requireBusinessForPaths),
    deploymentCheck: oneOf(
      "deploymentCheck",
      ["none", "pass", "fail", "callback"],
      d.deploymentCheck,
    ),
    failDeploymentsOf: names(),
  };
}
