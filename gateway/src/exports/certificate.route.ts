import { isUuid } from "@dongting/subgraph-kit";
import { renderCertificatePdf, type CertificateActivity } from "./certificate-pdf.js";
import { ExportRefusal } from "./export-refusal.js";
import { sendRefusal, signedIn, type ExportRoutesOptions } from "./exports.route.js";
import { askGraph } from "./graph-answer.js";
import type { PathRoute } from "./path-routes.js";

const CERTIFICATE = `query CertificatePdf($id: ID!) {
  serviceCertificate(id: $id) {
    number verificationCode holderName holderIdMasked teamNames from to minutes issuer issuedAt
    activities { date team title minutes }
  }
}`;

interface CertificateAnswer {
  serviceCertificate: {
    number: string;
    verificationCode: string;
    holderName: string | null;
    holderIdMasked: string | null;
    teamNames: string[];
    from: string;
    to: string;
    minutes: number;
    issuer: string | null;
    issuedAt: string;
    activities: CertificateActivity[];
  } | null;
}

const notFound = (id: string) =>
  new ExportRefusal(404, { code: "NOT_FOUND", reason: "NOT_FOUND", message: `没有这份证明 (no certificate ${id})` });

/**
 * GET /exports/certificates/<id>.pdf: the certificate as the graph answers it to the caller (its holder, or
 * staff of the issuing community: the volunteers subgraph decides), rendered here. 401 without a token, the
 * graph's refusal (403, 404) as JSON otherwise; a certificate issued before holder snapshots has no name to
 * print (409 HOLDER_NOT_READABLE: issue a new one).
 */
export function certificateRoute(options: ExportRoutesOptions): PathRoute {
  return {
    method: "GET",
    pattern: /^\/exports\/certificates\/([^/]+)\.pdf$/,
    async handle(req, res, [id]) {
      let pdf: Buffer;
      let number: string;
      try {
        await signedIn(options.verify, req.headers.authorization);
        if (!isUuid(id)) throw notFound(id);
        const context = options.context(req.headers.authorization, req.headers["x-request-id"]);
        const { serviceCertificate: certificate } = await askGraph<CertificateAnswer>(options.apollo, context, CERTIFICATE, { id });
        if (!certificate) throw notFound(id);
        if (!certificate.holderName) {
          throw new ExportRefusal(409, {
            code: "CONFLICT",
            reason: "HOLDER_NOT_READABLE",
            message: "该证明未记录持有人姓名，请重新出具 (the certificate holds no name: issue a new one)",
          });
        }
        number = certificate.number;
        pdf = await renderCertificatePdf({
          ...certificate,
          holderName: certificate.holderName,
          issuer: certificate.issuer ?? "",
          from: new Date(certificate.from),
          to: new Date(certificate.to),
          issuedAt: new Date(certificate.issuedAt),
        });
      } catch (error) {
        if (error instanceof ExportRefusal) return sendRefusal(res, error);
        throw error;
      }
      res.statusCode = 200;
      res.setHeader("content-type", "application/pdf");
      res.setHeader(
        "content-disposition",
        `attachment; filename="certificate_${number}.pdf"; filename*=UTF-8''${encodeURIComponent(`志愿服务证明_${number}.pdf`)}`,
      );
      // Personal data: no cache keeps a copy.
      res.setHeader("cache-control", "no-store");
      res.setHeader("x-content-type-options", "nosniff");
      res.end(pdf);
    },
  };
}
