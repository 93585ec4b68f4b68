/** The ten residential compounds of Dongting; grid g covers entity compound g. */
export const ENTITY_COMPOUNDS = [
  "东亭小区",
  "东湖名居",
  "水果湖花园",
  "东亭二路小区",
  "省委宿舍",
  "武汉大学教工小区",
  "东亭路小区",
  "湖北日报宿舍",
  "省财政厅宿舍",
  "东亭新村",
] as const;

export const FUNCTIONAL_COMPOUNDS = ["物业服务功能党支部", "志愿服务功能党支部", "商户联合功能党支部", "新就业群体功能党支部"] as const;

const NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1..99 as Chinese numerals (一, 十, 十二, 二十五). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? "" : NUMERALS[tens]}十${units === 0 ? "" : NUMERALS[units]}`;
}
