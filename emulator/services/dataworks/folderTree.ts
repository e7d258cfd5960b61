import { BUSINESS_ROOT_SEGMENT } from "./constants";
import type { DataWorksContext } from "./context";
import { businessNotExists, invalidParam } from "./errors";
import type { BusinessRecord, FileRecord, FolderRecord, ProjectRecord } from "./model";
import { dataWorksOptions } from "./options";

/**
 * DataStudio folder paths (spec §2.5): `业务流程/<business flow>/<category>/<folders…>`. Every folder
 * on a path is a record with a stable opaque ID (§4.1), so a rename (UpdateFolder, UpdateBusiness)
 * re-paths descendants without changing any ID (§6 q29). Folders needed on the way to a deeper path
 * are created implicitly (§6 q27), like `mkdir -p`.
 */

/** Canonical form: segments trimmed, empty segments (leading, trailing or doubled `/`) dropped. */
export function splitPath(path: string): string[] {
  return path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function joinPath(segments: readonly string[]): string {
  return segments.join("/");
}

/**
 * Checks a path a file or folder is created at: it starts with the business-flow root, names a
 * business flow of the workspace (unless `requireBusinessForPaths` is off) and has at least
 * `minSegments` segments (business root, flow, category).
 */
export function validateStudioPath(
  ctx: DataWorksContext,
  project: ProjectRecord,
  path: string,
  name: string,
  minSegments = 3,
): string[] {
  const segments = splitPath(path);
  if (segments[0] !== BUSINESS_ROOT_SEGMENT || segments.length < minSegments) {
    throw invalidParam(
      `${name} must look like ${BUSINESS_ROOT_SEGMENT}/<business flow>/<category>/…`,
    );
  }
  const flow = segments[1] ?? "";
  if (
    dataWorksOptions(ctx.options).requireBusinessForPaths &&
    businessByName(ctx, project.projectId, flow) === undefined
  ) {
    throw businessNotExists(flow);
  }
  return segments;
}

export function businessByName(
  ctx: DataWorksContext,
  projectId: number,
  name: string,
): BusinessRecord | undefined {
  return Object.values(ctx.state.businesses).find(
    (b) => b.projectId === projectId && b.name === name,
  );
}

/** The business flow a path belongs to (its second segment), if it exists. */
export function businessOfPath(
  ctx: DataWorksContext,
  projectId: number,
  path: string,
): BusinessRecord | undefined {
  const flow = splitPath(path)[1];
  return flow === undefined ? undefined : businessByName(ctx, projectId, flow);
}

export function folderByPath(
  ctx: DataWorksContext,
  projectId: number,
  path: string,
): FolderRecord | undefined {
  const canonical = joinPath(splitPath(path));
  return Object.values(ctx.state.folders).find(
    (f) => f.projectId === projectId && f.path === canonical,
  );
}

/** Returns the folder at `segments`, creating it and every missing ancestor below the root (`mkdir -p`). */
export function ensureFolder(
  ctx: DataWorksContext,
  projectId: number,
  segments: readonly string[],
): FolderRecord {
  let folder: FolderRecord | undefined;
  // The root `业务流程` itself is not a folder record; everything from `业务流程/<flow>` down is.
  for (let depth = 2; depth <= segments.length; depth++) {
    const path = joinPath(segments.slice(0, depth));
    folder = folderByPath(ctx, projectId, path);
    if (folder === undefined) {
      folder = {
        folderId: newFolderId(ctx),
        projectId,
        path,
        implicit: true,
        createTime: ctx.now(),
      };
      ctx.state.folders[folder.folderId] = folder;
    }
  }
  if (folder === undefined) throw invalidParam("the folder path is too short");
  return folder;
}

/** Opaque 12-hex-character folder IDs, as in the examples (`2735c2c19d58`, spec §2.5). */
function newFolderId(ctx: DataWorksContext): string {
  for (;;) {
    const id = ctx.newId().replace(/-/g, "").slice(0, 12);
    if (ctx.state.folders[id] === undefined) return id;
  }
}

export function isUnder(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}/`);
}

/** Renames the path prefix `from` to `to` on every folder of the workspace at or below `from`. */
export function repathFolders(
  ctx: DataWorksContext,
  projectId: number,
  from: string,
  to: string,
): void {
  for (const folder of Object.values(ctx.state.folders)) {
    if (folder.projectId !== projectId) continue;
    if (folder.path === from) folder.path = to;
    else if (isUnder(folder.path, from)) folder.path = to + folder.path.slice(from.length);
  }
}

export function folderPathOf(ctx: DataWorksContext, file: FileRecord): string {
  return ctx.state.folders[file.folderId]?.path ?? "";
}

/** Direct sub-folders of a path (ListFolders, §3.3.5), in creation order. */
export function subFolders(
  ctx: DataWorksContext,
  projectId: number,
  parentPath: string,
): FolderRecord[] {
  const parent = joinPath(splitPath(parentPath));
  const depth = splitPath(parent).length + 1;
  return Object.values(ctx.state.folders)
    .filter(
      (f) =>
        f.projectId === projectId && isUnder(f.path, parent) && splitPath(f.path).length === depth,
    )
    .sort((a, b) => a.createTime - b.createTime || a.path.localeCompare(b.path));
}
