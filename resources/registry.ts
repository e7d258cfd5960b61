/**
 * Every resource type the installed package provides, by the name the serialized provider carries
 * (`<module>:<Resource>`). The dispatcher looks definitions up here.
 */
import type { AnyResourceDefinition } from "./framework/resourceDefinition";
import { BUSINESS_FLOW_TYPE, businessFlowDefinition } from "./dataworks/businessFlow";
import { DATA_SOURCE_TYPE, dataSourceDefinition } from "./dataworks/dataSource";
import { FILE_TYPE, fileDefinition } from "./dataworks/file";
import { FOLDER_TYPE, folderDefinition } from "./dataworks/folder";
import { PROBE_TYPE, probeDefinition } from "./probe/probe";

export const RESOURCE_DEFINITIONS: Readonly<Record<string, AnyResourceDefinition>> = {
  [PROBE_TYPE]: probeDefinition,
  [FILE_TYPE]: fileDefinition,
  [FOLDER_TYPE]: folderDefinition,
  [BUSINESS_FLOW_TYPE]: businessFlowDefinition,
  [DATA_SOURCE_TYPE]: dataSourceDefinition,
};
