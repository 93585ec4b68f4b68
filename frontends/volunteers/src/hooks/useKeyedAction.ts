import { useCallback, useState } from "react";

/**
 * Runs one action at a time per key (a shift, a sign-up) and keeps each key's last error, so a
 * refusal is shown next to the button that caused it.
 */
export function useKeyedAction() {
  const [pending, setPending] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, unknown>>({});

  const run = useCallback(async (key: string, action: () => Promise<unknown>): Promise<boolean> => {
    setPending(key);
    setErrors((current) => {
      const { [key]: _dropped, ...rest } = current;
      return rest;
    });
    try {
      await action();
      return true;
    } catch (error) {
      setErrors((current) => ({ ...current, [key]: error }));
      return false;
    } finally {
      setPending((current) => (current === key ? null : current));
    }
  }, []);

  const clear = useCallback((key: string) => {
    setErrors((current) => {
      const { [key]: _dropped, ...rest } = current;
      return rest;
    });
  }, []);

  return { pending, errors, run, clear };
}
