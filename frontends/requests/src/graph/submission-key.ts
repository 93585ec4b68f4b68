/** A fresh idempotency key; crypto.randomUUID where the page is a secure context, else built from getRandomValues. */
export function newClientRequestId(source: Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of one form submission: created at the first attempt and kept across retries
 * of that submission (a lost response then returns the request already made instead of a second
 * one), dropped once the submission succeeded so the next one gets a new key.
 */
export class SubmissionKey {
  private key: string | null = null;
  constructor(private readonly create: () => string = newClientRequestId) {}

  /** The key for the attempt about to be sent. */
  forAttempt(): string {
    this.key ??= this.create();
    return this.key;
  }

  /** The submission went through: the next attempt is a new submission. */
  succeeded(): void {
    this.key = null;
  }

  get pending(): string | null {
    return this.key;
  }
}
