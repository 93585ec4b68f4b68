import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The last request number issued per community and year. Submitting locks the row, so numbers are issued
 * in commit order: unique and increasing even with several replicas; communities never wait for each other.
 */
@Entity({ name: "request_code_counter" })
export class RequestCodeCounter {
  @PrimaryColumn({ name: "community_id", type: "uuid" })
  communityId: string;

  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ name: "last_number", type: "int" })
  lastNumber: number;
}
