/**
 * A failed answer (error status, or a 200 whose envelope says it failed) → category.
 * Order: the cloud's code table, then code shapes (Alibaba) or message shapes (Huawei, code-less
 * envelopes only), then the HTTP status.
 */
import type { Cloud } from "../errors";
import { ALIBABA_CODE_PATTERNS, ALIBABA_ERROR_TABLE } from "./alibabaErrorTable";
import { findRule, type Classification } from "./classification";
import { classifyStatus } from "./classifyStatus";
import { HUAWEI_ERROR_TABLE, HUAWEI_MESSAGE_PATTERNS } from "./huaweiErrorTable";

export interface FailureFacts {
  /** The status the service meant (for a DataWorks 200 + `Success:false`, its `HttpStatusCode`). */
  readonly status: number;
  /** Empty when the body carried no code. */
  readonly code: string;
  readonly message: string;
}

export function classifyFailure(cloud: Cloud, facts: FailureFacts): Classification {
  if (cloud === "alibaba") {
    const rule = findRule(ALIBABA_ERROR_TABLE, facts.code, facts.message);
    if (rule) return rule;
    const shape = ALIBABA_CODE_PATTERNS.find((p) => p.pattern.test(facts.code));
    if (shape) return { category: shape.category };
  } else {
    const rule = findRule(HUAWEI_ERROR_TABLE, facts.code, facts.message);
    if (rule) return rule;
    if (facts.code === "") {
      const shape = HUAWEI_MESSAGE_PATTERNS.find((p) => p.pattern.test(facts.message));
      if (shape) return { category: shape.category };
    }
  }
  // A 2xx that the envelope marks as failed and that carries no known code: the request was
  // understood and refused.
  return { category: facts.status < 300 ? "invalid" : classifyStatus(facts.status) };
}
