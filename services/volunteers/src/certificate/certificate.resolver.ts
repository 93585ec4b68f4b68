import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { volunteerById } from "../volunteer/volunteer.loader.js";
import { ServiceCertificate } from "./certificate.entity.js";
import { serviceCertificate, serviceCertificates } from "./certificate-read.service.js";
import { issueServiceCertificate, verifyCertificate, type CertificateCheckResult } from "./certificate.service.js";

@ObjectType("CertificateCheck", { description: "What verifyCertificate tells anyone: the certificate's own facts, nothing more." })
export class CertificateCheck implements CertificateCheckResult {
  @Field()
  number: string;

  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true, description: "Masked, e.g. 刘*." })
  holder: string | null;

  @Field(() => Int, { nullable: true })
  minutes: number | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => String, { nullable: true })
  issuer: string | null;
}

@Resolver(() => ServiceCertificate)
export class CertificateResolver {
  @Query(() => CertificateCheck, { description: "Public: answers only the certificate's own facts." })
  verifyCertificate(@Arg("number") number: string, @Arg("code") code: string, @Ctx() ctx: SubgraphContext): Promise<CertificateCheck> {
    return verifyCertificate(ctx, number, code);
  }

  @Query(() => ServiceCertificate, {
    nullable: true,
    description: "The holder, or staff of the issuing community; FORBIDDEN OUT_OF_SCOPE for anyone else.",
  })
  serviceCertificate(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ServiceCertificate> {
    return serviceCertificate(ctx, id);
  }

  @Query(() => [ServiceCertificate], { description: "A volunteer's certificates the caller may read (the holder: all), newest first." })
  serviceCertificates(@Arg("volunteerId", () => ID) volunteerId: string, @Ctx() ctx: SubgraphContext): Promise<ServiceCertificate[]> {
    return serviceCertificates(ctx, volunteerId);
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() certificate: ServiceCertificate, @Ctx() ctx: SubgraphContext): Promise<Volunteer> {
    return (await volunteerById(ctx).load(certificate.volunteerId)) as Volunteer;
  }

  @FieldResolver(() => String, { description: "Where the gateway serves the PDF (GET with the bearer token)." })
  pdfUrl(@Root() certificate: ServiceCertificate): string {
    return `/exports/certificates/${certificate.id}.pdf`;
  }

  @Authorized(...ACCESS.issueServiceCertificate)
  @Mutation(() => ServiceCertificate, {
    description:
      "COMMUNITY_STAFF or ADMIN: the credited service time of the shifts of their community in [from, to) (past, at most 366 days). CONFLICT NO_SERVICE_IN_PERIOD; FORBIDDEN HOLDER_NOT_READABLE when the holder's name cannot be read with the caller's token.",
  })
  issueServiceCertificate(
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceCertificate> {
    return issueServiceCertificate(ctx, volunteerId, from, to);
  }
}
