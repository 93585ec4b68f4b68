import { useApolloClient, useMutation } from "@apollo/client/react";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import type { BookZoneInput, ConflictingBookingQuery } from "../gql/graphql";
import { BOOK_ZONE, CONFLICTING_BOOKING } from "../graph/bookings";
import { BOOK_SERIES } from "../graph/staff-tools";
import type { BookingRow } from "../graph/fragments";
import { extensionText, stationFailure } from "../graph/failure";

export type ConflictingBooking = NonNullable<ConflictingBookingQuery["booking"]>;

/** A refused booking: the classified failure and, for an overlap, the booking it collides with (when readable). */
export interface BookingRefusal {
  failure: GraphFailure;
  collidesWith: ConflictingBooking | null;
}

/** `skipped`: the dates a series booked with skipConflicts left out because they clashed. */
export type BookingOutcome = { booked: BookingRow[]; skipped: string[] } | { refused: BookingRefusal };

/**
 * Books a zone; a refusal comes back classified by reason. An overlap names the booking it collides with
 * by id, which may lie outside the week on screen, so it is read before the refusal is shown.
 */
export function useBookZone(
  locale: Locale,
): [(input: BookZoneInput, skipConflicts?: boolean) => Promise<BookingOutcome>, { loading: boolean }] {
  const client = useApolloClient();
  const [bookZone, { loading }] = useMutation(BOOK_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  const [bookSeries, series] = useMutation(BOOK_SERIES, { refetchQueries: "active", awaitRefetchQueries: true });

  const collidingBooking = async (failure: GraphFailure): Promise<ConflictingBooking | null> => {
    const id = extensionText(failure, "conflictingBookingId");
    if (!id) return null;
    try {
      const { data } = await client.query({ query: CONFLICTING_BOOKING, variables: { id } });
      return data?.booking ?? null;
    } catch {
      // Whoever may not read that booking still learns the date and the reason.
      return null;
    }
  };

  const book = async (input: BookZoneInput, skipConflicts = false): Promise<BookingOutcome> => {
    try {
      if (skipConflicts) {
        const result = await bookSeries({ variables: { input, skipConflicts } });
        return { booked: result.data?.bookSeries.bookings ?? [], skipped: result.data?.bookSeries.skipped ?? [] };
      }
      const result = await bookZone({ variables: { input } });
      return { booked: result.data?.bookZone ?? [], skipped: [] };
    } catch (error) {
      const failure = stationFailure(error, locale);
      return { refused: { failure, collidesWith: await collidingBooking(failure) } };
    }
  };
  return [book, { loading: loading || series.loading }];
}
