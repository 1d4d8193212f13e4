/**
 * A server action bound to its first arguments, the same reference for the
 * same arguments on every render.
 *
 * Why not `action.bind(null, locale)` in the component: when a form is posted
 * without JavaScript, React renders the answer on the server and asks every
 * `useActionState` action whether it is the one that was posted. A reference
 * bound during that render cannot answer yet (its arguments are a promise),
 * so React suspends and renders again, which binds a new reference: the
 * server spins at 100% CPU forever and stops answering anyone
 * (vercel/next.js#57867). A reference bound once answers on the second try.
 */
type Action = (...args: never[]) => unknown;

// Per action, the last few thousand argument lists (forms bound to ids: ideas, events, articles).
const LIMIT = 2_000;
const bound = new WeakMap<Action, Map<string, Action>>();

export function boundAction<A extends unknown[], B extends unknown[], R>(action: (...args: [...A, ...B]) => R, ...args: A): (...rest: B) => R {
  let byArguments = bound.get(action as Action);
  if (!byArguments) bound.set(action as Action, (byArguments = new Map()));
  const key = JSON.stringify(args);
  let reference = byArguments.get(key);
  if (!reference) {
    reference = action.bind(null, ...args) as Action;
    byArguments.set(key, reference);
    if (byArguments.size > LIMIT) byArguments.delete(byArguments.keys().next().value!);
  }
  return reference as (...rest: B) => R;
}
