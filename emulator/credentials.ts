import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Who may call the emulator. The defaults are documented in docs/emulator.md and printed by
 * `npm start`; `--credentials FILE` (or the `credentials` option) extends or replaces them.
 */
export const AlibabaKeyPairSchema = z.object({
  accessKeyId: z.string().min(1),
  accessKeySecret: z.string().min(1),
});

export const HuaweiProjectSchema = z.object({
  /** 32 hex characters, as IAM issues them (spec/cdm.md §1.3). */
  id: z.string().min(1),
  /** The region's default project is named after the region (spec/cdm.md §1.3). */
  name: z.string().min(1),
});

export const HuaweiKeyPairSchema = z.object({
  accessKey: z.string().min(1),
  secretKey: z.string().min(1),
  /** The project a request signed with this key acts on when it sends no `X-Project-Id`. */
  projectId: z.string().min(1),
  /** The IAM user owning the key (named in tokens issued for AK/SK-signed token requests). */
  userName: z.string().min(1).optional(),
});

export const IamUserSchema = z.object({
  /** The account (domain) name (spec/cdm.md §1.6 `domain.name`). */
  domain: z.string().min(1),
  name: z.string().min(1),
  password: z.string().min(1),
});

export const EmulatorCredentialsSchema = z.object({
  alibaba: z.array(AlibabaKeyPairSchema),
  huawei: z.array(HuaweiKeyPairSchema),
  projects: z.array(HuaweiProjectSchema),
  iamUsers: z.array(IamUserSchema),
});
export type EmulatorCredentials = z.infer<typeof EmulatorCredentialsSchema>;

/** What a credentials file holds: any subset, merged into the defaults unless `mode` is `replace`. */
export const CredentialsFileSchema = EmulatorCredentialsSchema.partial().extend({
  mode: z.enum(["extend", "replace"]).optional(),
});
export type CredentialsFile = z.infer<typeof CredentialsFileSchema>;

export const DEFAULT_HUAWEI_PROJECT_ID = "0123456789abcdef0123456789abcdef";
export const DEFAULT_HUAWEI_REGION = "cn-north-4";

export const DEFAULT_CREDENTIALS: EmulatorCredentials = {
  alibaba: [{ accessKeyId: "LTAIlocaldataplatform", accessKeySecret: "local-alibaba-secret" }],
  huawei: [
    {
      accessKey: "HWLOCALDATAPLATFORM",
      secretKey: "local-huawei-secret",
      projectId: DEFAULT_HUAWEI_PROJECT_ID,
      userName: "dataplatform",
    },
  ],
  projects: [{ id: DEFAULT_HUAWEI_PROJECT_ID, name: DEFAULT_HUAWEI_REGION }],
  iamUsers: [{ domain: "dataplatform", name: "dataplatform", password: "local-huawei-password" }],
};

/** Applies a credentials file to the defaults: `extend` (default) appends, `replace` starts empty. */
export function mergeCredentials(
  base: EmulatorCredentials,
  file: CredentialsFile | undefined,
): EmulatorCredentials {
  if (file === undefined) return base;
  const start: EmulatorCredentials =
    file.mode === "replace" ? { alibaba: [], huawei: [], projects: [], iamUsers: [] } : base;
  return {
    alibaba: [...start.alibaba, ...(file.alibaba ?? [])],
    huawei: [...start.huawei, ...(file.huawei ?? [])],
    projects: [...start.projects, ...(file.projects ?? [])],
    iamUsers: [...start.iamUsers, ...(file.iamUsers ?? [])],
  };
}

export class CredentialsFileError extends Error {
  override readonly name = "CredentialsFileError";
  readonly code = "EMULATOR_BAD_CREDENTIALS_FILE";
}

export function loadCredentialsFile(path: string): CredentialsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new CredentialsFileError(`cannot read credentials file ${path}: ${(err as Error).message}`);
  }
  const parsed = CredentialsFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CredentialsFileError(
      `invalid credentials file ${path}: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}
