import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { NAME_MAX } from "@dongting/domain/organisation";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { Building } from "../grid/building.entity.js";
import { CommunityRole } from "./community-role.js";
import { Community } from "../community/community.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A resident or party member of the community." })
@Entity({ name: "person" })
@Check("person_phone_check", `"phone" IS NULL OR "phone" ~ '^1[3-9][0-9]{9}$'`)
@Check("person_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
@Check("person_roles_check", `"roles" <@ ARRAY['GRID_LEADER','BUILDING_LEADER','NEIGHBOURHOOD_LEADER','VOLUNTEER_SUPERVISOR']::varchar[]`)
@Check("person_id_number_check", `"id_number" IS NULL OR "id_number" ~ '^[1-9][0-9]{16}[0-9X]$'`)
@Index("person_community_idx", ["communityId", "name", "id"])
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Index("person_name_idx")
  // Trigram index for substring search (GIN, created by the people-search migration; TypeORM cannot declare it).
  @Index("person_name_trgm_idx", { synchronize: false })
  @Column({ type: "varchar", length: NAME_MAX })
  name: string;

  /** Exposed through PersonResolver.phone, which masks it. */
  @Column({ type: "varchar", length: 11, nullable: true })
  phone: string | null;

  @Field(() => [CommunityRole])
  @Column({ type: "varchar", array: true, length: 32, default: () => "'{}'" })
  roles: CommunityRole[];

  /** Where the person lives; exposed through PersonResolver.neighbourhood. */
  @Index("person_neighbourhood_idx")
  @Column({ name: "neighbourhood_id", type: "uuid", nullable: true })
  neighbourhoodId: string | null;

  @ManyToOne(() => Neighbourhood, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "neighbourhood_id", foreignKeyConstraintName: "person_neighbourhood_fk" })
  neighbourhood?: Relation<Neighbourhood> | null;

  /** The building within the neighbourhood, when known (the service keeps it inside the neighbourhood). */
  @Index("person_building_idx")
  @Column({ name: "building_id", type: "uuid", nullable: true })
  buildingId: string | null;

  @ManyToOne(() => Building, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "building_id", foreignKeyConstraintName: "person_building_fk" })
  building?: Relation<Building> | null;

  /**
   * 居民身份证号 (GB 11643, checksum verified): never answered, only masked through Person.maskedIdNumber.
   * Unique: one ID number names one person.
   */
  @Index("person_id_number_key", { unique: true })
  @Column({ name: "id_number", type: "varchar", length: 18, nullable: true })
  idNumber: string | null;

  /** Home community; exposed through CommunityFieldsResolver (Person.community). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Community, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "community_id", foreignKeyConstraintName: "person_community_fk" })
  community?: Relation<Community>;

  /** The grid of the person's neighbourhood when a list loaded it with the row (not a column); see access.ts placeOfPerson. */
  gridId?: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
