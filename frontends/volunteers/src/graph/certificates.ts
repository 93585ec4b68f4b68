import { graphql } from "../gql";
import type { VolunteerIssueCertificateMutation, VolunteerVerifyCertificateQuery } from "../gql/graphql";

graphql(`
  fragment CertificateRow on ServiceCertificate {
    id
    number
    from
    to
    minutes
    issuedAt
    verificationCode
    pdfUrl
    holderName
  }
`);

/** A volunteer's certificates the viewer may read (the holder: all; staff: their communities'), newest first. */
export const SERVICE_CERTIFICATES = graphql(`
  query VolunteerServiceCertificates($volunteerId: ID!) {
    serviceCertificates(volunteerId: $volunteerId) {
      ...CertificateRow
    }
  }
`);

/** 志愿服务证明 for a volunteer's service over a past period (staff of the communities he served in). */
export const ISSUE_CERTIFICATE = graphql(`
  mutation VolunteerIssueCertificate($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
    issueServiceCertificate(volunteerId: $volunteerId, from: $from, to: $to) {
      ...CertificateRow
    }
  }
`);

export type CertificateRow = VolunteerIssueCertificateMutation["issueServiceCertificate"];

/** Public: anyone holding a certificate checks its number against its verification code. */
export const VERIFY_CERTIFICATE = graphql(`
  query VolunteerVerifyCertificate($number: String!, $code: String!) {
    verifyCertificate(number: $number, code: $code) {
      number
      valid
      holder
      minutes
      issuedAt
      issuer
    }
  }
`);

export type CertificateCheck = VolunteerVerifyCertificateQuery["verifyCertificate"];

/** A new token for the signed-in volunteer's shift calendar feed; the old one stops working. Answered only once. */
export const RESET_SHIFT_FEED = graphql(`
  mutation VolunteerResetShiftCalendarFeed {
    resetShiftCalendarFeed
  }
`);
