import { describe, expect, it } from "vitest";
import {
  COMMITTEE_POSTS as DOMAIN_POSTS,
  MEETING_KINDS as DOMAIN_KINDS,
  PROPOSAL_STATUSES as DOMAIN_STATUSES,
  VOTE_CHOICES as DOMAIN_CHOICES,
} from "@dongting/domain/council";
import { enUS } from "../src/i18n/en-US";
import { zhCN } from "../src/i18n/zh-CN";
import { t } from "../src/i18n";
import {
  COMMITTEE_POSTS,
  MEETING_KINDS,
  PROPOSAL_STATUSES,
  VOTE_CHOICES,
  committeePostLabel,
  meetingKindLabel,
  proposalStatusLabel,
  voteChoiceLabel,
} from "../src/labels";

describe("texts", () => {
  it("word every key in both languages, Chinese by default", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(enUS)) expect(text, key).not.toBe("");
    expect(t("zh-CN", "title")).toBe("居民议事");
    expect(t("en-US", "title")).toBe("Residents' council");
    expect(t("zh-CN", "turnout", { voted: 31, eligible: 60, percent: 52 })).toBe("已投票 31 / 60 人（52%）");
  });

  it("name the enums as the shared domain does, with a label for each value", () => {
    expect(COMMITTEE_POSTS).toEqual(DOMAIN_POSTS);
    expect(MEETING_KINDS).toEqual(DOMAIN_KINDS);
    expect(PROPOSAL_STATUSES).toEqual(DOMAIN_STATUSES);
    expect(VOTE_CHOICES).toEqual(DOMAIN_CHOICES);
    expect(committeePostLabel("zh-CN", "MONITOR")).toBe("班长");
    expect(meetingKindLabel("zh-CN", "MONITORS_COUNCIL")).toBe("班长议事会");
    expect(proposalStatusLabel("en-US", "DELIBERATION")).toBe("Open for comment");
    expect(voteChoiceLabel("zh-CN", "ABSTAIN")).toBe("弃权");
    for (const status of PROPOSAL_STATUSES) expect(proposalStatusLabel("en-US", status)).not.toBe(status);
  });
});

describe("rule titles", () => {
  it("are written with the book-title marks once", async () => {
    const { bookTitle } = await import("../src/labels");
    expect(bookTitle("院落行车公约")).toBe("《院落行车公约》");
    expect(bookTitle("《小区运动场管理制度》")).toBe("《小区运动场管理制度》");
  });
});
