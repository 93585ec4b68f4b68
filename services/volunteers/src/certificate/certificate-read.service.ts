import { isUuid, notFound, type SubgraphContext } from "@dongting/subgraph-kit";
import { mayReadCertificate } from "../access.js";
import { refuse } from "../refusals.js";
import { ServiceCertificate } from "./certificate.entity.js";

/** One certificate, for its holder and the staff of the issuing community (FORBIDDEN OUT_OF_SCOPE for others). */
export async function serviceCertificate(ctx: SubgraphContext, id: string): Promise<ServiceCertificate> {
  const certificate = isUuid(id) ? await ctx.db.manager.findOne(ServiceCertificate, { where: { id } }) : null;
  if (!certificate) throw notFound("ServiceCertificate", id);
  if (!(await mayReadCertificate(ctx, certificate))) throw refuse.forbidden("OUT_OF_SCOPE", { certificateId: id });
  return certificate;
}

/** A volunteer's certificates, newest first: those the viewer may read (all of them for the holder). */
export async function serviceCertificates(ctx: SubgraphContext, volunteerId: string): Promise<ServiceCertificate[]> {
  if (!isUuid(volunteerId)) return [];
  const all = await ctx.db.manager.find(ServiceCertificate, { where: { volunteerId }, order: { issuedAt: "DESC", number: "DESC" } });
  const readable = await Promise.all(all.map((certificate) => mayReadCertificate(ctx, certificate)));
  return all.filter((_, index) => readable[index]);
}
