/**
 * Node (file) types of spec §2.2, which ListFileType returns (§3.6.4) and CreateFile accepts
 * (except data integration, 23, which needs CreateDISyncTask). Names in both `Locale`s.
 */
export interface FileTypeInfo {
  readonly code: number;
  readonly zh: string;
  readonly en: string;
  /** Listed in CreateFile's own list (§2.2 "Create" column). */
  readonly creatable: boolean;
}

export const FILE_TYPES: readonly FileTypeInfo[] = [
  { code: 6, zh: "Shell", en: "Shell", creatable: true },
  { code: 10, zh: "ODPS SQL", en: "ODPS SQL", creatable: true },
  { code: 11, zh: "ODPS MR", en: "ODPS MR", creatable: true },
  { code: 23, zh: "数据集成", en: "Data Integration", creatable: false },
  { code: 24, zh: "ODPS Script", en: "ODPS Script", creatable: true },
  { code: 97, zh: "PAI", en: "PAI", creatable: false },
  { code: 98, zh: "组合节点", en: "Combined Node", creatable: false },
  { code: 99, zh: "虚拟节点", en: "Zero-Load Node", creatable: true },
  { code: 221, zh: "PyODPS 2", en: "PyODPS 2", creatable: true },
  { code: 225, zh: "ODPS Spark", en: "ODPS Spark", creatable: true },
  { code: 227, zh: "EMR Hive", en: "EMR Hive", creatable: true },
  { code: 228, zh: "EMR Spark", en: "EMR Spark", creatable: true },
  { code: 229, zh: "EMR Spark SQL", en: "EMR Spark SQL", creatable: true },
  { code: 230, zh: "EMR MR", en: "EMR MR", creatable: true },
  { code: 239, zh: "OSS对象检查", en: "OSS Object Inspection", creatable: true },
  { code: 257, zh: "EMR Shell", en: "EMR Shell", creatable: true },
  { code: 258, zh: "EMR Spark Shell", en: "EMR Spark Shell", creatable: true },
  { code: 259, zh: "EMR Presto", en: "EMR Presto", creatable: true },
  { code: 260, zh: "EMR Impala", en: "EMR Impala", creatable: true },
  { code: 900, zh: "实时同步", en: "Real-time Sync", creatable: true },
  { code: 1002, zh: "PAI内部节点", en: "PAI Inner Node", creatable: false },
  { code: 1089, zh: "跨租户节点", en: "Cross-Tenant Node", creatable: true },
  { code: 1091, zh: "Hologres开发", en: "Hologres Development", creatable: true },
  { code: 1093, zh: "Hologres SQL", en: "Hologres SQL", creatable: true },
  { code: 1100, zh: "赋值节点", en: "Assignment Node", creatable: true },
  { code: 1106, zh: "遍历节点", en: "For-each Node", creatable: false },
  { code: 1221, zh: "PyODPS 3", en: "PyODPS 3", creatable: true },
];

/** The file type UDF (function) files get; spec §3.2 names none, so the emulator uses its own code. */
export const UDF_FILE_TYPE = 17;

export function isCreatableFileType(code: number): boolean {
  return FILE_TYPES.some((t) => t.code === code && t.creatable);
}
