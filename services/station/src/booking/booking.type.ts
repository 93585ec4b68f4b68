import { ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { Booking } from "./booking.entity.js";

@ObjectType()
export class BookingConnection extends Connection(Booking, "Booking") {}
