import { Suspense, useEffect, useState, type ComponentType } from "react";
import { Flex, Spin, Typography } from "antd";
import type { RemoteAppProps } from "@dongting/ui-kit";
import type { RemoteEntry } from "./config";
import { loadRemoteApp, loadedRemoteApp } from "./remotes";
import { RemoteErrorBoundary } from "./RemoteErrorBoundary";
import { t } from "./i18n";
import type { RemoteFallbackProps } from "./RemoteFallback";
import { lazyPage } from "@dongting/ui-kit";

// Only a failed or crashed remote draws the fallback (antd's Result): it loads then, from the shell's
// own server, instead of with every first visit.
const LazyRemoteFallback = lazyPage(() => import("./RemoteFallback"), "RemoteFallback");
function RemoteFallback(props: RemoteFallbackProps) {
  return (
    <Suspense fallback={<Spin />}>
      <LazyRemoteFallback {...props} />
    </Suspense>
  );
}

/** Automatic retries after the first failed load, before the error panel is shown. */
export const AUTO_RETRIES = 2;
const RETRY_DELAY_MS = 1000;

type LoadState =
  { status: "loading"; attempt: number } | { status: "ready"; App: ComponentType<RemoteAppProps> } | { status: "failed"; detail: string };

export interface RemoteSlotProps {
  slotKey: string;
  moduleName: string;
  remote: RemoteEntry | undefined;
  /** Why the remote is missing when `remote` is undefined. */
  missingReason: string;
  appProps: RemoteAppProps;
}

/**
 * Mounts one remote's `./App`. A failed load is retried automatically (AUTO_RETRIES times, with
 * a growing delay), then the slot shows an error panel with a retry button.
 */
export function RemoteSlot({ slotKey, moduleName, remote, missingReason, appProps }: RemoteSlotProps) {
  // `generation` changes on every manual retry; it restarts the load cycle.
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<LoadState>(() => {
    const App = loadedRemoteApp(remote);
    return App ? { status: "ready", App } : { status: "loading", attempt: 0 };
  });

  useEffect(() => {
    if (!remote) {
      setState({ status: "failed", detail: missingReason });
      return;
    }
    const loaded = loadedRemoteApp(remote);
    if (loaded && generation === 0) {
      setState({ status: "ready", App: loaded });
      return;
    }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const attemptLoad = (attempt: number) => {
      setState({ status: "loading", attempt });
      loadRemoteApp(remote)
        .then((App) => {
          if (!cancelled) setState({ status: "ready", App });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          console.warn(`[shell] loading ${remote.name} failed (attempt ${attempt + 1})`, error);
          if (attempt < AUTO_RETRIES) {
            timer = setTimeout(() => attemptLoad(attempt + 1), RETRY_DELAY_MS * (attempt + 1));
          } else {
            setState({ status: "failed", detail: error instanceof Error ? error.message : String(error) });
          }
        });
    };
    attemptLoad(0);

    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [remote, missingReason, generation]);

  const retry = () => setGeneration((g) => g + 1);
  const { locale } = appProps;

  let content;
  if (state.status === "loading") {
    content = (
      <Flex vertical align="center" gap={12} style={{ padding: 48 }}>
        <Spin size="large" />
        <Typography.Text type="secondary">
          {state.attempt === 0 ? t(locale, "loadingModule") : t(locale, "retrying", { attempt: state.attempt })}
        </Typography.Text>
      </Flex>
    );
  } else if (state.status === "failed") {
    content = (
      <RemoteFallback moduleName={moduleName} kind="load" detail={state.detail} locale={locale} onRetry={remote ? retry : undefined} />
    );
  } else {
    const { App } = state;
    content = (
      <RemoteErrorBoundary
        fallback={(error, reset) => (
          <RemoteFallback moduleName={moduleName} kind="crash" detail={error.message} locale={locale} onRetry={reset} />
        )}
      >
        <App {...appProps} />
      </RemoteErrorBoundary>
    );
  }

  return (
    <section data-remote-slot={slotKey} data-state={state.status}>
      {content}
    </section>
  );
}
