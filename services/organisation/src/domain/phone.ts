const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/**
 * A phone number as typed ("138 1234 5678", "+86 138-1234-5678") -> "13812345678"; blank -> null;
 * anything that is not then a mainland mobile number is a problem.
 */
export function normaliseMobile(raw: string | null | undefined): { phone: string | null } | { problem: string } {
  const compact = (raw ?? "").replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  if (compact === "") return { phone: null };
  if (!isMainlandMobile(compact)) return { problem: "phone must be a mainland mobile number (11 digits, 13x-19x)" };
  return { phone: compact };
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}
