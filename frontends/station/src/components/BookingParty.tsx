import { Hidden, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { BookingRow } from "../graph/fragments";

type Party = Pick<BookingRow, "organiser" | "team">;

/**
 * Who a booking is for, as the viewer may see it: the team or the organiser, or 已隐藏 for someone else's
 * booking, which the station shows as a busy slot only (its organiser and team are the booker's and staff's).
 */
export function BookingParty({ booking, locale }: { booking: Party; locale: Locale }) {
  const hidden = useHiddenFields();
  const name = booking.team?.name ?? booking.organiser?.name;
  if (name) return <>{name}</>;
  return hidden.isHidden(booking, "organiser") || hidden.isHidden(booking, "team") ? <Hidden locale={locale} /> : <>—</>;
}
