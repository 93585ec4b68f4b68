import { randomInt, timingSafeEqual } from "node:crypto";
import { checkTimeWindow, isUuid, notFound, recordHistory, reaches, type Reach, type SubgraphContext } from "@dongting/subgraph-kit";
import { formatLocalPattern, toLocal } from "@dongting/domain/local-time";
import {
  CERTIFICATE_MAX_WINDOW_DAYS,
  CERTIFICATE_NUMBER_PATTERN,
  certificateNumber,
  maskHolderName,
  VERIFICATION_CODE_ALPHABET,
  VERIFICATION_CODE_LENGTH,
} from "@dongting/domain/volunteers";
import type { EntityManager } from "typeorm";
import { staffWriteReach } from "../access.js";
import { refuse } from "../refusals.js";
import { creditedMinutes } from "../service-time/service-time.sql.js";
import { SIGNUP_MINUTES_SQL, signupPenaltySql } from "../shift/signup.sql.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { type CertificateActivity, ServiceCertificate } from "./certificate.entity.js";
import { readHolder } from "./holder.js";

/** A code from an unambiguous alphabet, drawn with the CSPRNG (8 of 31 symbols: about 40 bits). */
function verificationCode(): string {
  return Array.from(
    { length: VERIFICATION_CODE_LENGTH },
    () => VERIFICATION_CODE_ALPHABET[randomInt(VERIFICATION_CODE_ALPHABET.length)],
  ).join("");
}

interface CommunityService {
  community_id: string;
  minutes: number;
  penalty: number;
}

/** His service in [from, to) per community of the shifts (the community that recorded it is the one that certifies it). */
async function serviceByCommunity(
  manager: EntityManager,
  volunteerId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<CommunityService[]> {
  return manager.query(
    `SELECT sh."community_id", COALESCE(sum(${SIGNUP_MINUTES_SQL}), 0)::int AS "minutes", COALESCE(sum(${signupPenaltySql("$4")}), 0)::int AS "penalty"
     FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
     WHERE s."volunteer_id" = $1 AND s."starts_at" >= $2 AND s."starts_at" < $3
     GROUP BY sh."community_id"`,
    [volunteerId, from, to, now],
  );
}

async function activitiesOf(
  manager: EntityManager,
  volunteerId: string,
  communityId: string,
  from: Date,
  to: Date,
): Promise<CertificateActivity[]> {
  const rows: Array<{ starts_at: Date; team: string; title: string; minutes: number }> = await manager.query(
    `SELECT s."starts_at", t."name" AS "team", sh."title", ${SIGNUP_MINUTES_SQL} AS "minutes"
     FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id" JOIN "volunteer_team" t ON t."id" = sh."team_id"
     WHERE s."volunteer_id" = $1 AND sh."community_id" = $2 AND s."starts_at" >= $3 AND s."starts_at" < $4 AND ${SIGNUP_MINUTES_SQL} > 0
     ORDER BY s."starts_at", s."id"`,
    [volunteerId, communityId, from, to],
  );
  return rows.map((row) => ({
    date: formatLocalPattern(new Date(row.starts_at), "yyyy-MM-dd"),
    team: row.team,
    title: row.title,
    minutes: Number(row.minutes),
  }));
}

interface Certifiable {
  volunteer: Volunteer;
  communityId: string;
  minutes: number;
}

/**
 * The one community whose record of his service in [from, to) these staff certify, or the refusal: read
 * before the holder is asked for (so a refusal costs no graph call) and again inside the transaction that
 * writes (so what is certified is what the database holds then).
 */
async function certifiable(
  manager: EntityManager,
  volunteerId: string,
  from: Date,
  to: Date,
  now: Date,
  reach: Reach,
): Promise<Certifiable> {
  const volunteer = isUuid(volunteerId) ? await manager.findOne(Volunteer, { where: { id: volunteerId } }) : null;
  if (!volunteer) throw notFound("Volunteer", volunteerId);
  const served = await serviceByCommunity(manager, volunteer.id, from, to, now);
  const mine = served.filter((row) => reaches(reach, { communityId: row.community_id }));
  if (served.length > 0 && mine.length === 0) throw refuse.forbidden("OUT_OF_SCOPE", { volunteerId: volunteer.id });
  const credited = mine.filter((row) => creditedMinutes(row.minutes, row.penalty) > 0);
  if (credited.length === 0) throw refuse.conflict("NO_SERVICE_IN_PERIOD", { volunteerId: volunteer.id });
  // Each community certifies its own record: staff reaching several must ask for one (the contract has no argument for it yet).
  if (credited.length > 1) throw refuse.badUserInput("COMMUNITY_REQUIRED", { communityIds: credited.map((row) => row.community_id) });
  const { community_id: communityId, minutes, penalty } = credited[0];
  return { volunteer, communityId, minutes: creditedMinutes(minutes, penalty) };
}

/**
 * Staff certify a volunteer's service over a past period: the credited minutes (no-show penalties
 * deducted) of the shifts of their community. Numbered DT-VS-2026-000042 from a per-community, per-year
 * counter (an upsert, so concurrent issues get distinct numbers), with a fresh verification code. The
 * holder's name and masked ID number and the issuer's name are organisation's: read over the graph with
 * the staff's own token before the transaction (HOLDER_NOT_READABLE when they cannot be) and kept.
 */
export async function issueServiceCertificate(
  ctx: SubgraphContext,
  volunteerId: string,
  from: Date,
  to: Date,
): Promise<ServiceCertificate> {
  checkTimeWindow(from, to, CERTIFICATE_MAX_WINDOW_DAYS);
  const now = ctx.clock.now();
  if (to.getTime() > now.getTime()) throw refuse.badUserInput("CERTIFICATE_PERIOD_NOT_OVER", { field: "to" });
  const reach = await staffWriteReach(ctx);
  const { volunteer } = await certifiable(ctx.db.manager, volunteerId, from, to, now, reach);
  const holder = await readHolder(volunteer.personId);
  return ctx.db.transaction(async (manager) => {
    const { communityId, minutes } = await certifiable(manager, volunteer.id, from, to, now, reach);
    const year = Number(toLocal(now).date.slice(0, 4));
    const [community]: Array<{ code: string; name: string }> = await manager.query(
      `SELECT "code", "name" FROM "geo_community" WHERE "id" = $1`,
      [communityId],
    );
    const [counter]: Array<{ last_sequence: number }> = await manager.query(
      `INSERT INTO "certificate_counter" ("community_id", "year", "last_sequence") VALUES ($1, $2, 1)
       ON CONFLICT ("community_id", "year") DO UPDATE SET "last_sequence" = "certificate_counter"."last_sequence" + 1
       RETURNING "last_sequence"`,
      [communityId, year],
    );
    const activities = await activitiesOf(manager, volunteer.id, communityId, from, to);
    const certificate = manager.create(ServiceCertificate, {
      number: certificateNumber(community?.code ?? "XX", year, counter.last_sequence),
      communityId,
      year,
      sequence: counter.last_sequence,
      volunteerId: volunteer.id,
      from,
      to,
      minutes,
      activities,
      holderName: holder.name,
      holderIdMasked: holder.maskedIdNumber,
      teamNames: [...new Set(activities.map((activity) => activity.team))],
      // The graph's name; the geography copy's if the graph listed no such community.
      issuer: holder.communityNames.get(communityId) ?? community?.name ?? null,
      issuedAt: now,
      issuedBy: ctx.viewer.personId,
      verificationCode: verificationCode(),
    });
    await manager.save(certificate);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "ServiceCertificate",
      subjectId: certificate.id,
      action: "ISSUED",
      detail: { number: certificate.number, volunteerId: volunteer.id, from, to, minutes: certificate.minutes },
    });
    return certificate;
  });
}

export interface CertificateCheckResult {
  number: string;
  valid: boolean;
  holder: string | null;
  minutes: number | null;
  issuedAt: Date | null;
  issuer: string | null;
}

const sameCode = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Public: with the right number and code, the certificate's own facts (the holder's name masked, 刘*);
 * otherwise only `valid: false` (a wrong code tells nothing, not even that the number exists).
 */
export async function verifyCertificate(ctx: SubgraphContext, number: string, code: string): Promise<CertificateCheckResult> {
  const invalid = { number, valid: false, holder: null, minutes: null, issuedAt: null, issuer: null };
  const trimmed = number.trim().toUpperCase();
  if (!CERTIFICATE_NUMBER_PATTERN.test(trimmed)) return invalid;
  const [row]: Array<{ minutes: number; issued_at: Date; verification_code: string; holder_name: string | null; issuer: string | null }> =
    await ctx.db.query(
      `SELECT c."minutes", c."issued_at", c."verification_code", c."holder_name", COALESCE(c."issuer", g."name") AS "issuer"
       FROM "service_certificate" c LEFT JOIN "geo_community" g ON g."id" = c."community_id" WHERE c."number" = $1`,
      [trimmed],
    );
  if (!row || !sameCode(row.verification_code, code.trim().toUpperCase())) return invalid;
  return {
    number: trimmed,
    valid: true,
    holder: row.holder_name ? maskHolderName(row.holder_name) : null,
    minutes: row.minutes,
    issuedAt: new Date(row.issued_at),
    issuer: row.issuer,
  };
}
