import { useState } from "react";

/** "Load more" for a paged list: fetches the page after `endCursor` and tells while it does. */
export function useLoadMore(endCursor: string | null | undefined, fetchAfter: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchAfter(endCursor);
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}
