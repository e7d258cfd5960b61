import type { AlibabaAction } from "../../../types";
import { FILE_TYPES } from "../fileTypes";
import type { DataWorksState } from "../model";
import { fuzzyMatch, pageOf, parsePaging } from "../paging";
import { parseParams } from "../params";
import { resolveProject } from "../workspace";

/**
 * ListFileType (spec §3.6.4, level 1): the node types of §2.2, paged (both paging parameters
 * required, at most 100). `Keyword` is fuzzy on the name in the `Locale`'s language (default
 * `zh-CN`, as in the seed's example). The workspace is one-of(ProjectId, ProjectIdentifier) as the
 * seed's table says ("二者必须设置其一"), although the documented example omits it (§6 q38).
 * Envelope: `RequestId` and `NodeTypeInfoList`, no `Data` (§1.6).
 */
export const listFileType: AlibabaAction<DataWorksState> = {
  level: 1,
  handle(params, ctx) {
    resolveProject(params, ctx);
    const paging = parsePaging(params, true);
    const p = parseParams(params, {
      Keyword: { type: "string" },
      Locale: { type: "string", oneOf: ["zh-CN", "en-US"] },
    });
    const english = p.Locale === "en-US";
    const matches = FILE_TYPES.map((t) => ({
      NodeType: t.code,
      NodeTypeName: english ? t.en : t.zh,
    })).filter((t) => fuzzyMatch(t.NodeTypeName, p.Keyword));
    return {
      RequestId: ctx.requestId,
      NodeTypeInfoList: {
        PageNumber: paging.pageNumber,
        PageSize: paging.pageSize,
        TotalCount: matches.length,
        NodeTypeInfo: pageOf(matches, paging),
      },
    };
  },
};
