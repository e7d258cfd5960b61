import type { AlibabaAction } from "../../../types";
import { businessOf } from "../businessLookup";
import { BUSINESS_ROOT_SEGMENT } from "../constants";
import { studioOk } from "../envelope";
import { invalidOperation } from "../errors";
import { liveFiles } from "../fileLookup";
import { folderPathOf, isUnder } from "../folderTree";
import type { DataWorksState } from "../model";
import { dataWorksOptions } from "../options";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * DeleteBusiness (spec §3.4.4, level 3, synchronous). Refused with `Invalid.Operation` while the flow
 * still holds live files or folders created with CreateFolder (§4.5 emulator convention, §6 q28;
 * option `strictDelete`). Folders that only exist because a path needed them go with the flow.
 */
export const deleteBusiness: AlibabaAction<DataWorksState> = {
  level: 3,
  handle(params, ctx) {
    const project = resolveProject(params, ctx);
    const p = parseParams(params, { BusinessId: { type: "long", required: true } });
    const business = businessOf(ctx, project, p.BusinessId);
    const root = `${BUSINESS_ROOT_SEGMENT}/${business.name}`;
    const inFlow = (path: string): boolean => path === root || isUnder(path, root);
    const folders = Object.values(ctx.state.folders).filter(
      (f) => f.projectId === project.projectId && inFlow(f.path),
    );
    if (dataWorksOptions(ctx.options).strictDelete) {
      const file = liveFiles(ctx, project.projectId).find((f) => inFlow(folderPathOf(ctx, f)));
      if (file !== undefined)
        throw invalidOperation(
          `The business flow is not empty: it contains the file ${file.fileName}.`,
        );
      const folder = folders.find((f) => !f.implicit);
      if (folder !== undefined)
        throw invalidOperation(
          `The business flow is not empty: it contains the folder ${folder.path}.`,
        );
    }
    for (const f of folders) delete ctx.state.folders[f.folderId];
    delete ctx.state.businesses[String(business.businessId)];
    return studioOk(ctx);
  },
};
