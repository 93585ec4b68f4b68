import type { BrowserContext } from "playwright-core";
import type { E2EStack } from "./stack";

/**
 * Gives the browser the stack's time: the page's clock starts at the stack's reading and moves on with real
 * time (Playwright's `clock.install`), so the app's timers, polls and debounces keep running while its "now"
 * agrees with the services'. (`setFixedTime` would freeze the page's Date while the services' clocks move on.)
 * Call it before the first navigation.
 */
export async function installStackTime(context: BrowserContext, stack: E2EStack): Promise<void> {
  await context.clock.install({ time: stack.clockNow() });
}

/**
 * Moves every subgraph's clock and the page's to `at` together. Forward, the page jumps as after a closed
 * laptop lid: timers that fall due (useNow, polls) fire once, so the page shows the new time at once.
 * Backward, only its Date moves.
 */
export async function moveStackAndPageClock(context: BrowserContext, stack: E2EStack, at: string | Date): Promise<void> {
  const target = new Date(at);
  if (Number.isNaN(target.getTime())) throw new Error(`moveClock takes an ISO instant or a Date, not "${String(at)}"`);
  // The page's clock has kept pace with the stack's since installStackTime, so this is also how far the page jumps.
  const ahead = target.getTime() - Date.parse(stack.clockNow());
  await stack.setClock(target.toISOString());
  if (ahead > 0) await context.clock.fastForward(ahead);
  else await context.clock.setSystemTime(target);
}
