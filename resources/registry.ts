/**
 * Every resource type the installed package provides, by the name the serialized provider carries
 * (`<module>:<Resource>`). The dispatcher looks definitions up here.
 */
import type { AnyResourceDefinition } from "./framework/resourceDefinition";
import { FILE_TYPE, fileDefinition } from "./dataworks/file";
import { PROBE_TYPE, probeDefinition } from "./probe/probe";

export const RESOURCE_DEFINITIONS: Readonly<Record<string, AnyResourceDefinition>> = {
  [PROBE_TYPE]: probeDefinition,
  [FILE_TYPE]: fileDefinition,
};
