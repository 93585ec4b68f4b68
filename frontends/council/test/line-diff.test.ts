import { describe, expect, it } from "vitest";
import { diffLines, diffStats, splitLines } from "../src/line-diff";

const ops = (before: string, after: string) => diffLines(before, after).map((line) => `${line.op[0]}${line.text}`);

describe("line diff of rule versions", () => {
  it("splits lines the same whatever the line ends, without an empty last line", () => {
    expect(splitLines("a\r\nb\rc\n")).toEqual(["a", "b", "c"]);
    expect(splitLines("")).toEqual([]);
    expect(splitLines("\n")).toEqual([""]);
  });

  it("keeps identical texts whole", () => {
    expect(ops("第一条\n第二条", "第一条\n第二条")).toEqual(["s第一条", "s第二条"]);
    expect(diffStats(diffLines("x", "x"))).toEqual({ added: 0, removed: 0, same: 1 });
  });

  it("shows a changed article as removed then added, between the kept ones", () => {
    const before = "《院落行车公约》\n第一条 院内限速5公里。\n第二条 禁止鸣笛。\n第三条 夜间不得停放在消防通道。";
    const after =
      "《院落行车公约》\n第一条 院内限速5公里。\n第二条 禁止鸣笛，22时后禁止进出大货车。\n第三条 夜间不得停放在消防通道。\n第四条 违者由网格长劝导。";
    expect(ops(before, after)).toEqual([
      "s《院落行车公约》",
      "s第一条 院内限速5公里。",
      "r第二条 禁止鸣笛。",
      "a第二条 禁止鸣笛，22时后禁止进出大货车。",
      "s第三条 夜间不得停放在消防通道。",
      "a第四条 违者由网格长劝导。",
    ]);
  });

  it("numbers lines in both versions", () => {
    const lines = diffLines("a\nb\nc", "a\nx\nc");
    expect(lines).toEqual([
      { op: "same", text: "a", oldNumber: 1, newNumber: 1 },
      { op: "removed", text: "b", oldNumber: 2 },
      { op: "added", text: "x", newNumber: 2 },
      { op: "same", text: "c", oldNumber: 3, newNumber: 3 },
    ]);
  });

  it("handles an empty side and keeps the longest common part in the middle", () => {
    expect(ops("", "a\nb")).toEqual(["aa", "ab"]);
    expect(ops("a\nb", "")).toEqual(["ra", "rb"]);
    expect(diffStats(diffLines("1\n2\n3\n4\n5", "0\n2\n3\n4\n6"))).toEqual({ added: 2, removed: 2, same: 3 });
  });

  it("rebuilds both texts from the diff", () => {
    const before = Array.from({ length: 60 }, (_, i) => `第${i}条 ${i % 7}`).join("\n");
    const after = Array.from({ length: 55 }, (_, i) => `第${i * 2}条 ${i % 5}`).join("\n");
    const lines = diffLines(before, after);
    expect(lines.filter((l) => l.op !== "added").map((l) => l.text)).toEqual(splitLines(before));
    expect(lines.filter((l) => l.op !== "removed").map((l) => l.text)).toEqual(splitLines(after));
  });
});
