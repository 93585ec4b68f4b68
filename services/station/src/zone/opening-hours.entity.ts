import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { STATION_CACHE_MAX_AGE_SECONDS, Zone } from "./zone.entity.js";

/**
 * One opening interval of a zone on a weekday, in local time. A zone may have several per weekday
 * (e.g. closed at lunch); `opens`/`closes` are exposed as "HH:mm" by the resolver.
 */
@Directive(`@cacheControl(maxAge: ${STATION_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType("OpeningHours")
@Entity({ name: "zone_opening_hours" })
@Index("zone_opening_hours_zone_idx", ["zoneId", "weekday", "opens"], { unique: true })
@Check("zone_opening_hours_weekday_check", `"weekday" BETWEEN 1 AND 7`)
@Check("zone_opening_hours_order_check", `"opens" < "closes"`)
export class ZoneOpeningHours {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "zone_id", type: "uuid" })
  zoneId: string;

  @ManyToOne(() => Zone, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "zone_id", foreignKeyConstraintName: "zone_opening_hours_zone_fk" })
  zone?: Relation<Zone>;

  @Field(() => Int, { description: "1 = Monday .. 7 = Sunday" })
  @Column({ type: "smallint" })
  weekday: number;

  /** Postgres `time`, read back as "HH:mm:ss". */
  @Column({ type: "time" })
  opens: string;

  @Column({ type: "time" })
  closes: string;
}
