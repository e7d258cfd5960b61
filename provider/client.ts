/**
 * The shared signed HTTP client. `send(operation)` runs the pipeline: resolve credentials and
 * endpoint (at call time) → per attempt: throttle → sign (fresh time and nonce) → send → classify →
 * retry → decode the answer with the operation's zod schema.
 */
import { sendAlibaba } from "./alibaba/sendAlibaba";
import { normalizeClientOptions, type ClientOptions } from "./clientOptions";
import { decodeResponse } from "./decode";
import { sendHuawei } from "./huawei/sendHuawei";
import type { Operation, OperationSender } from "./operation";

export interface CloudClient extends OperationSender {
  /**
   * Sends `operation` and returns its decoded answer. Rejects with `CloudError` (service failures,
   * transport failures, DecodeError), `MissingCredentialsError` or `InvalidConfigError`.
   */
  send<T>(operation: Operation<T>): Promise<T>;
}

export function createClient(options: ClientOptions = {}): CloudClient {
  const context = normalizeClientOptions(options);
  return {
    async send<T>(operation: Operation<T>): Promise<T> {
      const success =
        operation.cloud === "alibaba"
          ? await sendAlibaba(operation, context)
          : await sendHuawei(operation, context);
      const call = { cloud: operation.cloud, service: operation.service, action: operation.action };
      return decodeResponse(call, operation.response, success.body, success.requestId);
    },
  };
}
