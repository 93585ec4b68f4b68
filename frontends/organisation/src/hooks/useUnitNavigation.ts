import { useCallback } from "react";
import { useLocation } from "@dongting/ui-kit";

/** A unit's page, relative to the remote's base path. */
export const unitPath = (id: string): string => `/units/${encodeURIComponent(id)}`;

/** Opens a unit's page, or the bare tree for null. */
export function useOpenUnit(): (id: string | null) => void {
  const [, setLocation] = useLocation();
  return useCallback((id: string | null) => setLocation(id ? unitPath(id) : "/"), [setLocation]);
}
