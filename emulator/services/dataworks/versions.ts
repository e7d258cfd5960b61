import { EMULATOR_USER_ID } from "./constants";
import type { DataWorksContext } from "./context";
import { snapshotTexts } from "./fileView";
import type { FileRecord, FileVersionRecord } from "./model";

/** Appends a version snapshot of the file as it is now (SubmitFile, DeleteFile; spec §4.10). */
export function appendVersion(
  ctx: DataWorksContext,
  file: FileRecord,
  changeType: FileVersionRecord["changeType"],
  comment: string,
  submitDeploymentId: number,
): FileVersionRecord {
  const version: FileVersionRecord = {
    version: nextVersionNumber(file),
    changeType,
    comment,
    commitTime: ctx.now(),
    commitUser: EMULATOR_USER_ID,
    fileName: file.fileName,
    fileContent: file.content,
    ...snapshotTexts(ctx, file),
    useType: file.useType,
    submitDeploymentId,
    deployDeploymentIds: [],
  };
  file.versions.push(version);
  return version;
}

export function nextVersionNumber(file: FileRecord): number {
  return (file.versions[file.versions.length - 1]?.version ?? 0) + 1;
}
