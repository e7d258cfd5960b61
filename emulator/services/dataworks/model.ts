import {
  BOUND_DATA_SOURCE_NAME,
  EMULATOR_USER_ID,
  FIRST_IDS,
  PROJECT_MODE_SIMPLE,
  PROJECT_MODE_STANDARD,
  SIMPLE_PROJECT_ID,
  SIMPLE_PROJECT_IDENTIFIER,
  STANDARD_PROJECT_ID,
  STANDARD_PROJECT_IDENTIFIER,
} from "./constants";

/**
 * DataWorks emulator state. Plain JSON (the core persists it with `--state FILE`): records are keyed
 * by their ID as a string, timestamps are epoch milliseconds, and every status that changes over
 * time (deployments, file versions, deletions) is derived on read from stored start times
 * (see `deploymentStatus.ts`), never advanced by a timer.
 */
export interface DataWorksState {
  nextIds: { file: number; business: number; deployment: number; node: number; dataSource: number };
  projects: Record<string, ProjectRecord>;
  folders: Record<string, FolderRecord>;
  businesses: Record<string, BusinessRecord>;
  files: Record<string, FileRecord>;
  deployments: Record<string, DeploymentRecord>;
  dataSources: Record<string, DataSourceRecord>;
}

/** A workspace (spec §3.6.1). */
export interface ProjectRecord {
  projectId: number;
  identifier: string;
  name: string;
  description: string;
  /** 2 simple mode (PROD only), 3 standard mode (DEV and PROD). */
  mode: 2 | 3;
  ownerBaseId: string;
  createTime: number;
  modifyTime: number;
}

export interface FolderRecord {
  folderId: string;
  projectId: number;
  /** Full DataStudio path, `业务流程/<flow>/<category>/…` (spec §2.5). */
  path: string;
  /** Created on the way to a deeper path rather than by CreateFolder; such folders never block DeleteBusiness. */
  implicit: boolean;
  createTime: number;
}

export interface BusinessRecord {
  businessId: number;
  projectId: number;
  name: string;
  description: string;
  owner: string;
  useType: "NORMAL" | "MANUAL_BIZ";
  createTime: number;
}

/** Scheduling configuration of a file (spec §2.4), stored in its request form. */
export interface NodeConfigurationRecord {
  rerunMode?: string;
  schedulerType: string;
  stop: boolean;
  paraValue?: string;
  startEffectDate?: number;
  endEffectDate?: number;
  cycleType: string;
  cronExpress?: string;
  dependentType: string;
  dependentNodeIdList?: string;
  resourceGroupId?: number;
  resourceGroupIdentifier?: string;
  autoRerunTimes?: number;
  autoRerunIntervalMillis?: number;
  /** Upstream output names, in the order given (`InputList`). */
  inputList: string[];
  /** This node's output names (`OutputList`; CreateFile sets the default `<project>.<FileName>`). */
  outputList: string[];
  startImmediately?: boolean;
  /** JSON texts as sent (`InputParameters`, `OutputParameters`, `AdvancedSettings`). */
  inputParameters?: string;
  outputParameters?: string;
}

/** UDF form fields (spec §3.2), present on function files only. */
export interface UdfRecord {
  className: string;
  functionType: string;
  resources: string;
  udfDescription: string;
  cmdDescription?: string;
  parameterDescription?: string;
  returnValue?: string;
  example?: string;
}

export interface FileRecord {
  fileId: number;
  projectId: number;
  folderId: string;
  fileName: string;
  fileType: number;
  description: string;
  content: string;
  owner: string;
  createUser: string;
  lastEditUser: string;
  createTime: number;
  lastEditTime: number;
  useType: string;
  connectionName?: string;
  autoParsing?: boolean;
  advancedSettings?: string;
  config: NodeConfigurationRecord;
  udf?: UdfRecord;
  /** 0 latest code not committed, 1 committed (spec §2.6). */
  commitStatus: 0 | 1;
  /** Scheduling node, assigned by the first SubmitFile (spec §4.1). */
  nodeId?: number;
  /** Set by DeleteFile on a submitted file; DeletedStatus is then derived from the deletion's deployments. */
  deletedAt?: number;
  versions: FileVersionRecord[];
}

export interface FileVersionRecord {
  version: number;
  changeType: "CREATE" | "UPDATE" | "DELETE";
  comment: string;
  commitTime: number;
  commitUser: string;
  fileName: string;
  fileContent: string;
  filePropertyContent: string;
  nodeContent: string;
  useType: string;
  /** The package that submitted this version (SubmitFile, or DeleteFile for a DELETE version). */
  submitDeploymentId: number;
  /** Packages that published this version to production (DeployFile), oldest first. */
  deployDeploymentIds: number[];
}

export type DeploymentKind = "submit" | "deploy" | "delete" | "deployDelete";

export interface DeploymentRecord {
  deploymentId: number;
  projectId: number;
  fileId: number;
  fileVersion: number;
  kind: DeploymentKind;
  name: string;
  creatorId: string;
  fromEnvironment: number;
  toEnvironment: number;
  createTime: number;
  /** Simulated execution time of this package, fixed at creation (constants.ts). */
  executionMs: number;
  /** Whether the package ends in failure (`Status` 2) and with which message. */
  outcome: { success: true } | { success: false; errorMessage: string };
  /** Extension check (spec §3.1.9): present when the package must pass a deployment check first. */
  check?: DeploymentCheckRecord;
}

export interface DeploymentCheckRecord {
  checkerInstanceId: string;
  /** "timed": passes/fails by itself after DEPLOYMENT_CHECK_MS; "callback": waits for CheckFileDeployment. */
  mode: "timed" | "callback";
  /** For "timed": the predetermined result. For "callback": set by CheckFileDeployment. */
  result?: "OK" | "WARN" | "FAIL";
  decidedAt?: number;
}

export interface DataSourceRecord {
  dataSourceId: number;
  projectId: number;
  name: string;
  description: string;
  dataSourceType: string;
  subType?: string;
  envType: 0 | 1;
  /** Connection JSON exactly as sent (secrets included; masked only when read). */
  content: string;
  /** 1 normal, 2 disabled. */
  status: 1 | 2;
  sequence: number;
  /** Bound to a compute engine (the seeded `odps_first`): cannot be deleted. */
  boundToEngine: boolean;
  operator: string;
  createTime: number;
  modifyTime: number;
}

/** The seeded state: two workspaces (spec §3.6.1) and their engine-bound `odps_first` data sources. */
export function initialDataWorksState(): DataWorksState {
  // A fixed creation date keeps the initial state independent of the clock (and reproducible).
  const seededAt = Date.UTC(2024, 0, 1);
  const project = (
    projectId: number,
    identifier: string,
    mode: 2 | 3,
    description: string,
  ): ProjectRecord => ({
    projectId,
    identifier,
    name: identifier,
    description,
    mode,
    ownerBaseId: EMULATOR_USER_ID,
    createTime: seededAt,
    modifyTime: seededAt,
  });
  const projects = [
    project(
      STANDARD_PROJECT_ID,
      STANDARD_PROJECT_IDENTIFIER,
      PROJECT_MODE_STANDARD,
      "standard-mode demo workspace",
    ),
    project(
      SIMPLE_PROJECT_ID,
      SIMPLE_PROJECT_IDENTIFIER,
      PROJECT_MODE_SIMPLE,
      "simple-mode demo workspace",
    ),
  ];
  const dataSources: Record<string, DataSourceRecord> = {};
  let nextDataSource: number = FIRST_IDS.dataSource;
  for (const p of projects) {
    // Standard mode has a development and a production engine binding; simple mode only production.
    const envTypes: (0 | 1)[] = p.mode === PROJECT_MODE_STANDARD ? [0, 1] : [1];
    for (const envType of envTypes) {
      const id = nextDataSource++;
      dataSources[String(id)] = {
        dataSourceId: id,
        projectId: p.projectId,
        name: BOUND_DATA_SOURCE_NAME,
        description: "default MaxCompute engine",
        dataSourceType: "odps",
        envType,
        content: JSON.stringify({
          project: envType === 0 ? `${p.identifier}_dev` : p.identifier,
          endpoint: "http://service.cn.maxcompute.aliyun-inc.com/api",
          authType: 2,
          tag: "public",
        }),
        status: 1,
        sequence: id,
        boundToEngine: true,
        operator: EMULATOR_USER_ID,
        createTime: seededAt,
        modifyTime: seededAt,
      };
    }
  }
  return {
    nextIds: {
      file: FIRST_IDS.file,
      business: FIRST_IDS.business,
      deployment: FIRST_IDS.deployment,
      node: FIRST_IDS.node,
      dataSource: nextDataSource,
    },
    projects: Object.fromEntries(projects.map((p) => [String(p.projectId), p])),
    folders: {},
    businesses: {},
    files: {},
    deployments: {},
    dataSources,
  };
}

/** Hands out the next ID of a kind (monotonic, persisted with the state). */
export function allocateId(state: DataWorksState, kind: keyof DataWorksState["nextIds"]): number {
  const id = state.nextIds[kind];
  state.nextIds[kind] = id + 1;
  return id;
}
