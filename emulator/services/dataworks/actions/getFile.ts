import type { AlibabaAction } from "../../../types";
import { studioOk } from "../envelope";
import { fileOf, fileOfNode } from "../fileLookup";
import { fileView, nodeConfigurationView } from "../fileView";
import type { DataWorksState } from "../model";
import { parseParams, requireOneOf } from "../params";
import { resolveProject } from "../workspace";

/**
 * GetFile (spec §3.1.3, level 1): by `FileId` or `NodeId`. A deleted file is still returned, with
 * `DeletedStatus` RECYCLE_BIN until its deletion is complete and DELETED afterwards (§4.5, §6 q20).
 */
export const getFile: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    requireOneOf(params, ["FileId", "NodeId"]);
    const p = parseParams(params, { FileId: { type: "long" }, NodeId: { type: "long" } });
    const file =
      p.FileId !== undefined
        ? fileOf(ctx, project, p.FileId, true)
        : fileOfNode(ctx, project, p.NodeId ?? 0, true);
    return studioOk(ctx, {
      Data: {
        File: fileView(ctx, file, "get"),
        NodeConfiguration: nodeConfigurationView(file.config),
      },
    });
  },
};
