import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The last request number issued per year. Submitting locks the year's row, so numbers are issued
 * in commit order: unique and increasing even with several replicas.
 */
@Entity({ name: "request_code_counter" })
export class RequestCodeCounter {
  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ name: "last_number", type: "int" })
  lastNumber: number;
}
