import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RemoteRouter, navigate, type Locale } from "@dongting/ui-kit";
import type { TeamMember } from "../src/graph/teams";
import { TeamMembersTable } from "../src/components/TeamMembersTable";

const LEADER_PERSON = "person-zhao";

const MEMBERS: TeamMember[] = [
  { id: "v-zhao", person: { id: LEADER_PERSON, name: "赵强" }, skills: ["巡逻", "急救"], serviceMinutes: 1_260 },
  { id: "v-wang", person: { id: "person-wang", name: "王建国" }, skills: [], serviceMinutes: 45 },
  { id: "v-wanghua", person: { id: "person-wanghua", name: "王建华" }, skills: ["电工"], serviceMinutes: 200 },
];

function renderTable(locale: Locale = "zh-CN", withRecords = true) {
  navigate("/volunteers/teams/team-patrol");
  render(
    <RemoteRouter basePath="/volunteers">
      <TeamMembersTable members={MEMBERS} leaderPersonId={LEADER_PERSON} withRecords={withRecords} locale={locale} />
    </RemoteRouter>,
  );
  return screen.getByTestId("team-members");
}

const rows = (table: HTMLElement) => [...table.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row-key]")];
const names = (table: HTMLElement) => rows(table).map((row) => row.querySelector("a")!.textContent);

describe("team members table", () => {
  it("lists every member with his skills, service time and the leader tagged, linking to his service time", () => {
    const table = renderTable();
    expect(screen.getByText("队员 (3)")).toBeTruthy();
    expect(names(table)).toEqual(["赵强", "王建国", "王建华"]);
    const [zhao, wang] = rows(table);
    expect(within(zhao!).getByTestId("leader-tag").textContent).toBe("队长");
    expect(within(zhao!).getByText("21 小时 0 分")).toBeTruthy();
    expect(within(zhao!).getByText("急救")).toBeTruthy();
    expect(within(wang!).queryByTestId("leader-tag")).toBeNull();
    expect(within(wang!).getByText("—")).toBeTruthy();
    expect(within(wang!).getByText("45 分")).toBeTruthy();
    // Links stay inside the remote's base path.
    expect(zhao!.querySelector("a")!.getAttribute("href")).toBe("/volunteers/volunteers/v-zhao");
  });

  it("finds members by any part of the name, keeping the team's total in the title", async () => {
    const table = renderTable();
    fireEvent.change(screen.getByPlaceholderText("按姓名查找队员"), { target: { value: "建" } });
    await waitFor(() => expect(names(table)).toEqual(["王建国", "王建华"]));
    expect(screen.getByText("队员 (3)")).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText("按姓名查找队员"), { target: { value: "李" } });
    await waitFor(() => expect(rows(table)).toHaveLength(0));
  });

  it("sorts by service time, in English too", async () => {
    const table = renderTable("en-US");
    expect(within(table).getByText("Name")).toBeTruthy();
    expect(within(table).getByText("Skills")).toBeTruthy();
    expect(within(rows(table)[0]!).getByTestId("leader-tag").textContent).toBe("Leader");
    expect(within(rows(table)[1]!).getByText("45 min")).toBeTruthy();
    fireEvent.click(within(table).getByText("Service time"));
    await waitFor(() => expect(names(table)).toEqual(["王建国", "王建华", "赵强"]));
    expect(screen.getByText("Members (3)")).toBeTruthy();
  });

  it("shows a team mate the names only: no skills, no service time, no links to others' records", () => {
    // The read policy gives members' records to staff and the team's leader; a team mate is not asked them.
    const table = renderTable("zh-CN", false);
    expect(rows(table).map((row) => row.querySelector("td")!.textContent)).toEqual(["赵强队长", "王建国", "王建华"]);
    expect(table.querySelector("tbody a")).toBeNull();
    expect(within(table).queryByText("技能")).toBeNull();
    expect(within(table).queryByText("急救")).toBeNull();
  });
});
