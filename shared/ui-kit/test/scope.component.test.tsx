import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { PageHeader } from "../src/PageHeader";
import { ActingScopeProvider, grantText, grantsActingIn, hasStreetGrant, ScopeTag } from "../src/scope";
import type { Viewer } from "../src/remote-props";

const DT = { id: "c1", code: "DT", name: "东亭社区" };
const SG = { id: "c2", code: "SG", name: "水果湖社区" };

const gridLeader: Viewer = {
  personId: "p6",
  roles: ["GRID_LEADER"],
  grants: [{ role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g1", scopeName: "第1网格", communityIds: ["c1"] }],
  communities: [DT],
};
const streetStaff: Viewer = {
  personId: "p7",
  roles: ["COMMUNITY_STAFF"],
  grants: [{ role: "COMMUNITY_STAFF", scopeKind: "STREET", scopeId: "s1", scopeName: "水果湖街道", communityIds: ["c1", "c2"] }],
  communities: [DT, SG],
};

describe("acting scope", () => {
  it("words a grant by role and place, a street grant by its street", () => {
    expect(grantText("zh-CN", gridLeader.grants![0]!)).toBe("网格长 · 第1网格");
    expect(grantText("zh-CN", streetStaff.grants![0]!)).toBe("街道 · 水果湖街道");
    expect(grantText("en-US", { role: "ADMIN", scopeKind: "GLOBAL", scopeId: null })).toBe("Administrator · Everywhere");
  });

  it("keeps the grants acting in the community; roles-only viewers hold them GLOBAL", () => {
    expect(grantsActingIn(gridLeader, "c2")).toEqual([]);
    expect(grantsActingIn(gridLeader, "c1")).toHaveLength(1);
    expect(grantsActingIn({ personId: null, roles: ["ADMIN"] }, "c2")).toEqual([{ role: "ADMIN", scopeKind: "GLOBAL", scopeId: null }]);
    expect(hasStreetGrant(streetStaff)).toBe(true);
    expect(hasStreetGrant(gridLeader)).toBe(false);
  });

  it("shows the community and the grants next to a page title", () => {
    render(
      <ActingScopeProvider value={{ viewer: streetStaff, communityId: "c2", locale: "zh-CN" }}>
        <PageHeader title="诉求列表" />
      </ActingScopeProvider>,
    );
    expect(screen.getByTestId("acting-community").textContent).toBe("水果湖社区");
    expect(screen.getByTestId("acting-scope").textContent).toContain("街道 · 水果湖街道");
  });

  it("says all communities when none is picked, and nothing outside a remote root", () => {
    const { unmount } = render(<ScopeTag scope={{ viewer: streetStaff, communityId: null, locale: "en-US" }} />);
    expect(screen.getByTestId("acting-community").textContent).toBe("All communities");
    unmount();
    render(<PageHeader title="t" />);
    expect(screen.queryByTestId("acting-scope")).toBeNull();
  });
});
