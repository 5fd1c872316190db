// Checked by `tsc` (the package's typecheck), never run: the JSX types of `@nayabato/elements/react`.

import type { QuickExitEvent } from './quick-exit/quick-exit.js';
import type {} from './react.js';

/** A React component using the tags with typed properties and events. */
export function Example({ onExit }: { onExit: (event: QuickExitEvent) => void }) {
  return (
    <nb-provider registry="https://registry.example.org" publishable-key="pk_live_x">
      <nb-quick-exit href="https://www.example.com/" lang="ne" calendar="ad" onnb-exit={onExit} />
    </nb-provider>
  );
}

// @ts-expect-error: calendar takes 'bs', 'ad' or 'both' only.
export const wrong = <nb-quick-exit href="https://www.example.com/" calendar="julian" />;

/** The intake form: attributes, and its events typed with ids only. */
export function Intake({ onSent }: { onSent: (participantId: string) => void }) {
  return (
    <nb-intake-form
      name="participant"
      shared-device
      exit-href="https://www.example.com/"
      onnb-intake-submitted={(event) => onSent(event.detail.participantId)}
    />
  );
}
