import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, findPersona, personaToken, remoteSlot, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { localParts } from "../src/local-input";
import { councilGraph, type RuleState } from "./council.e2e.graph";

/**
 * End to end, in headless Chromium against a fresh stack: 陈晓 (RESIDENT) comments on a proposal amending
 * 《院落行车公约》 and votes on it in one click; 赵强 (the monitor of the test's class) closes the vote; the
 * proposal is adopted and the rule shows its new version, with the diff against the previous one.
 *
 * The class is made here (three members, so two votes are the quorum), and staff publish the proposal with no
 * comment period and open voting through the graph; 刘洋 casts the second vote through the graph.
 *
 * Then 赵强, who booked the 议事厅 for the 班长议事会 (the station's seed), schedules the class's committee meeting
 * at that time, picks his booking in the form, and the meeting's drawer shows it. (Staff of the community would
 * see it hidden: the station shows a booking whole only to who booked it and to station staff.)
 */
const resident = findPersona("resident")!;
const volunteer = findPersona("volunteer")!;
const monitor = findPersona("grid-leader")!;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let graph: ReturnType<typeof councilGraph>;
let residentToken: string;
let volunteerToken: string;
let monitorToken: string;
let rule: RuleState;
let proposalId: string;
const suffix = process.pid.toString(36);
const ADDED_LINE = `第九条 22时至次日6时禁止大货车进出院落（E2E ${suffix}）。`;
const COMMENT = `支持，建议在院门口设置提示牌（E2E ${suffix}）`;
const CLASS_NAME = `E2E 议事班 ${suffix}`;
const MEETING_TITLE = `议事厅班委会（E2E ${suffix}）`;

/** The council remote's slot in the shell. */
const slot = (): Locator => remoteSlot(page, "council");
const proposalPath = () => `/council/proposals/${proposalId}`;
const detailIn = (status: string) => slot().locator(`[data-testid="proposal-detail"][data-status="${status}"]`);

/** Opens an antd Select (its root carries the test id) and clicks the option of that exact label. */
async function pick(select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  const staff = await personaToken("community-staff");
  residentToken = await personaToken("resident");
  volunteerToken = await personaToken("volunteer");
  monitorToken = await personaToken("grid-leader");
  graph = councilGraph({ staff, resident: residentToken, volunteer: volunteerToken });
  const dongting = await graph.dongtingId();
  const classId = await graph.createClass(
    CLASS_NAME,
    dongting,
    [resident.personId, volunteer.personId, monitor.personId],
    monitor.personId,
  );
  rule = await graph.rule(dongting);
  proposalId = await graph.proposeAmendment(classId, rule, ADDED_LINE, `夜间货车禁行 ${suffix}`);
});

afterAll(() => session?.close());

describe("council remote in the shell", () => {
  it("lets a resident comment on a proposal during its comment period", async () => {
    await signIn(page, "resident", { path: proposalPath() });
    await detailIn("DELIBERATION").waitFor({ timeout: UI_TIMEOUT });
    await slot().getByTestId("comment-text").fill(COMMENT);
    await slot().locator('[data-action="comment"]').click();
    await slot().getByTestId("comments").getByText(COMMENT).waitFor({ timeout: UI_TIMEOUT });
    const stored = await graph.proposal(proposalId);
    expect(stored.comments).toContainEqual({ text: COMMENT, author: { id: resident.personId } });
  });

  it("lets the resident vote in one click, shows his vote and only the turnout", async () => {
    await graph.openVoting(proposalId, new Date(session!.now().getTime() + 2 * 24 * 3_600_000));
    await page.reload();
    await detailIn("VOTING").waitFor({ timeout: UI_TIMEOUT });
    await slot().locator('[data-action="vote"][data-choice="YES"]').click();
    await slot().locator('[data-testid="my-vote"][data-choice="YES"]').waitFor({ timeout: UI_TIMEOUT });
    await slot().locator('[data-testid="tally"][data-voted="1"][data-eligible="3"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await slot().getByTestId("split-hidden").count()).toBe(1);

    // A second vote is CONFLICT; the second member's vote makes the quorum.
    const again = await graph.vote(residentToken, proposalId, "NO");
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const second = await graph.vote(volunteerToken, proposalId, "YES");
    expect(second.errors).toBeUndefined();
  });

  it("lets the class's monitor close the vote, and shows the result", async () => {
    await signIn(page, "grid-leader", { path: proposalPath() });
    await detailIn("VOTING").waitFor({ timeout: UI_TIMEOUT });
    await slot().locator('[data-action="close-voting"]').click();
    await page.getByTestId("close-voting-confirm").click();
    await detailIn("ADOPTED").waitFor({ timeout: UI_TIMEOUT });
    await slot().locator('[data-testid="tally-outcome"][data-outcome="adopted"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await slot().getByTestId("tally-split").innerText()).toContain("2");
  });

  it("shows the rule's new version in force, with the diff against the previous one", async () => {
    await slot().getByTestId("proposal-rule-link").click();
    const detail = slot().locator(`[data-testid="rule-detail"][data-rule-id="${rule.id}"][data-current="${rule.number + 1}"]`);
    await detail.waitFor({ timeout: UI_TIMEOUT });
    await slot().getByTestId("rule-text").getByText(ADDED_LINE, { exact: false }).waitFor({ timeout: UI_TIMEOUT });
    const diff = slot().getByTestId("rule-diff");
    expect(await diff.getAttribute("data-added")).toBe("1");
    expect(await diff.getAttribute("data-removed")).toBe("0");
    await diff.locator('tr[data-op="added"]').getByText(ADDED_LINE).waitFor({ timeout: UI_TIMEOUT });

    await signIn(page, "grid-leader", { path: "/council/rules" });
    await slot()
      .locator(`tr:has([data-rule-id="${rule.id}"]) [data-testid="rule-version"][data-number="${rule.number + 1}"]`)
      .waitFor({ timeout: UI_TIMEOUT });
  });

  it("lets the monitor schedule his class's meeting in the 议事厅 he booked at the station, and shows the booking", async () => {
    const booking = await graph.councilRoomBooking(monitorToken, session!.now());
    const starts = localParts(booking.startsAt);
    const ends = localParts(booking.endsAt);
    const slotLabel = `${starts.time}–${ends.time} ${booking.title}`;
    await signIn(page, "grid-leader", { path: "/council/meetings" });
    await slot().locator('[data-action="schedule-meeting"]').click();
    const form = page.getByTestId("meeting-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByTestId("meeting-title").fill(MEETING_TITLE);
    await pick(form.getByTestId("meeting-class"), CLASS_NAME);
    await form.getByTestId("meeting-date").fill(starts.date);
    await form.getByTestId("meeting-start").fill(starts.time);
    await form.getByTestId("meeting-end").fill(ends.time);
    await form.locator('[data-testid="meeting-booking-zone"]', { hasText: "议事厅" }).waitFor({ timeout: UI_TIMEOUT });
    await pick(form.getByTestId("meeting-booking"), slotLabel);
    await page.getByTestId("meeting-form-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const from = new Date(Date.parse(booking.startsAt) - 3_600_000);
    const stored = await graph.meetingsTitled(MEETING_TITLE, from, new Date(Date.parse(booking.endsAt) + 3_600_000));
    expect(stored).toEqual([expect.objectContaining({ booking: { id: booking.id } })]);

    // The calendar opens on this month; the booking may fall in the next.
    const month = starts.date.slice(0, 7);
    if ((await slot().getByTestId("calendar-month").innerText()) !== month) await slot().getByTestId("next-month").click();
    await slot().locator(`[data-meeting-id="${stored[0].id}"]`).click();
    const shown = page.locator(`[data-testid="meeting-detail"][data-meeting-id="${stored[0].id}"] [data-testid="meeting-booking"]`);
    await shown.waitFor({ timeout: UI_TIMEOUT });
    expect(await shown.getAttribute("data-booking-id")).toBe(booking.id);
    const text = await shown.innerText();
    expect(text).toContain("议事厅");
    expect(text).toContain(`${starts.time}–${ends.time}`);
  });

  it("raised no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
