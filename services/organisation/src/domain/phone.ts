const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}
