import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider, type ViewerGrant } from "@dongting/ui-kit";
import { CommunitySwitcher } from "../src/CommunitySwitcher";
import { chosenCommunity, communityIdOf, defaultCommunity, rememberCommunity } from "../src/community-choice";
import { describeGrant } from "../src/shell-viewer";

afterEach(cleanup);
beforeEach(() => localStorage.clear());

const DT = { id: "c1", code: "DT", name: "东亭社区" };
const SG = { id: "c2", code: "SG", name: "水果湖社区" };
const LY = { id: "c3", code: "LY", name: "梨园社区" };
const STREET: ViewerGrant = { role: "COMMUNITY_STAFF", scopeKind: "STREET", scopeId: "s1" };
const STAFF: ViewerGrant = { role: "COMMUNITY_STAFF", scopeKind: "COMMUNITY", scopeId: "c2" };

describe("community switcher", () => {
  it("is offered only to viewers with several communities", () => {
    render(<CommunitySwitcher communities={[DT]} value="c1" onChange={() => {}} locale="zh-CN" />);
    expect(screen.queryByTestId("community-switch")).toBeNull();
  });

  it("lists all communities and each one, and reports the pick", async () => {
    const onChange = vi.fn();
    render(
      <LocaleProvider locale="zh-CN">
        <CommunitySwitcher communities={[DT, SG, LY]} value="all" onChange={onChange} locale="zh-CN" />
      </LocaleProvider>,
    );
    const switcher = screen.getByTestId("community-switch");
    expect(switcher.textContent).toContain("全部社区");
    const user = userEvent.setup();
    await user.click(screen.getByRole("combobox"));
    await waitFor(() => expect(document.querySelector('[data-community-option="c2"]')).toBeTruthy());
    await user.click(document.querySelector('[data-community-option="c2"]')!);
    expect(onChange).toHaveBeenCalledWith("c2", expect.anything());
  });

  it("defaults street viewers to all communities and the others to their first", () => {
    expect(defaultCommunity([DT, SG, LY], [STREET])).toBe("all");
    expect(defaultCommunity([SG], [STAFF])).toBe("c2");
    expect(defaultCommunity([DT, SG], [STAFF, { ...STAFF, scopeId: "c1" }])).toBe("c1");
    expect(defaultCommunity([], [])).toBe("all");
    expect(communityIdOf("all")).toBeNull();
    expect(communityIdOf("c3")).toBe("c3");
  });

  it("remembers the choice per persona, while it is still one of the viewer's communities", () => {
    rememberCommunity("street-staff", "c3");
    expect(chosenCommunity("street-staff", [DT, SG, LY], [STREET])).toBe("c3");
    expect(chosenCommunity("community-staff", [DT, SG, LY], [STREET])).toBe("all");
    // A community no longer reached falls back to the default.
    expect(chosenCommunity("street-staff", [DT, SG], [STREET])).toBe("all");
  });
});

describe("a grant as the header says it", () => {
  const communities = [
    {
      ...DT,
      street: { id: "s1", name: "水果湖街道" },
      committee: { id: "u2", name: "东亭社区党委" },
      grids: [{ id: "g1", name: "第1网格" }],
    },
    { ...SG, street: { id: "s1", name: "水果湖街道" }, committee: { id: "u17", name: "水果湖社区党委" }, grids: [] },
  ];

  it("names the place and the communities it reaches", () => {
    expect(describeGrant({ role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g1" }, communities)).toEqual({
      role: "GRID_LEADER",
      scopeKind: "GRID",
      scopeId: "g1",
      scopeName: "第1网格",
      communityIds: ["c1"],
    });
    expect(describeGrant({ role: "COMMUNITY_STAFF", scopeKind: "STREET", scopeId: "s1" }, communities)).toMatchObject({
      scopeName: "水果湖街道",
      communityIds: ["c1", "c2"],
    });
    expect(describeGrant({ role: "PARTY_COMMITTEE", scopeKind: "ORG_UNIT", scopeId: "u17" }, communities)).toMatchObject({
      scopeName: "水果湖社区党委",
      communityIds: ["c2"],
    });
    expect(describeGrant({ role: "ADMIN", scopeKind: "GLOBAL", scopeId: null }, communities)).toMatchObject({ communityIds: ["c1", "c2"] });
  });
});
