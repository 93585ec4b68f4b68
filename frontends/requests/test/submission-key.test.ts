import { describe, expect, it } from "vitest";
import { SubmissionKey, newClientRequestId } from "../src/graph/submission-key";

describe("the submission key", () => {
  it("is a v4 uuid, from randomUUID or from random bytes", () => {
    expect(newClientRequestId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const bytesOnly = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as Pick<Crypto, "getRandomValues">;
    expect(newClientRequestId(bytesOnly)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is kept across retries of one submission and renewed after it succeeds", () => {
    let n = 0;
    const key = new SubmissionKey(() => `key-${++n}`);
    expect(key.pending).toBeNull();
    expect(key.forAttempt()).toBe("key-1");
    expect(key.forAttempt()).toBe("key-1");
    key.succeeded();
    expect(key.pending).toBeNull();
    expect(key.forAttempt()).toBe("key-2");
  });
});
