/** What an org unit history entry says, in Chinese, from the names stored with it when it was written. */
export function summariseOrgUnitChange(action: string, detail: Record<string, unknown>): string {
  const text = (key: string, fallback = "无") => (typeof detail[key] === "string" && detail[key] ? String(detail[key]) : fallback);
  const note = (value: unknown) => (typeof value === "string" && value ? `（${value}）` : "");
  const membership = (kind: unknown) => (kind === "SUNK_DOWN" ? "下沉党员" : "直管党员");
  switch (action) {
    case "CREATED":
      return `创建「${text("name")}」`;
    case "RENAMED":
      return `更名：「${text("from")}」→「${text("to")}」`;
    case "MOVED":
      return `调整上级组织：「${text("fromParentName")}」→「${text("toParentName")}」`;
    case "DELETED":
      return `删除「${text("name")}」`;
    case "SECRETARY_SET":
      return `书记：${text("fromName")} → ${text("toName")}`;
    case "MEMBER_JOINED":
      return `党员 ${text("personName")} 加入（${membership(detail.kind)}）`;
    case "MEMBER_LEFT":
      return `党员 ${text("personName")} 转出至「${text("toUnitName")}」`;
    case "MEMBERSHIP_KIND_SET":
      return `党员 ${text("personName")} 改为${membership(detail.kind)}`;
    case "TRANSFERRED_OUT":
      return `组织关系转接：党员 ${text("personName")} 于 ${text("on")} 转至「${text("toUnitName")}」${note(detail.note)}`;
    case "TRANSFERRED_IN":
      return `组织关系转接：党员 ${text("personName")} 于 ${text("on")} 自「${text("fromUnitName")}」转入${note(detail.note)}`;
    case "SUNK_DOWN_REPORTED":
      return `下沉党员 ${text("personName")}（${text("workUnit")}）于 ${text("reportedOn")} 报到`;
    case "COVERAGE_SET":
      return `联系范围：${Number(detail.grids ?? 0)} 个网格、${Number(detail.buildings ?? 0)} 栋楼`;
    default:
      return action;
  }
}
