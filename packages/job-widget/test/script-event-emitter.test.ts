import { createClient } from '@nayabato/client';
import { describe, expect, it } from 'vitest';
import { EventEmitter } from '../scripts/script-event-emitter.ts';

// eventemitter3 itself, reached through a client (the package is the client's dependency, not this one's),
// typed as the stand-in so that both take any event name.
const Reference = createClient({ baseUrl: 'http://registry.test', publishableKey: 'pk_test_1' }).events
  .constructor as new () => EventEmitter;

/** Runs the same steps on the stand-in and on eventemitter3, and returns what each recorded. */
function both(steps: (e: EventEmitter, log: unknown[]) => void) {
  const logs = [new EventEmitter(), new Reference()].map((emitter) => {
    const log: unknown[] = [];
    steps(emitter, log);
    return log;
  });
  return { stand: logs[0], reference: logs[1] };
}

describe("the script tag's event emitter", () => {
  it('behaves as eventemitter3 for on, once, off, emit and the listener lists', () => {
    const { stand, reference } = both((e, log) => {
      const a = (x: unknown) => log.push(['a', x]);
      const b = (x: unknown) => log.push(['b', x]);
      const ctx = { name: 'ctx' };
      function withThis(this: unknown) {
        log.push(['this', this === ctx]);
      }
      log.push(e.emit('x', 0));
      e.on('x', a).on('x', a).once('x', b).on('y', withThis, ctx);
      log.push(e.listenerCount('x'), e.eventNames());
      log.push(e.emit('x', 1), e.emit('x', 2), e.emit('y'));
      e.off('x', a);
      log.push(e.emit('x', 3), e.listeners('x'), e.eventNames());
      e.once('z', a).on('z', a).removeListener('z', a, undefined, true);
      log.push(e.listenerCount('z'));
      e.on('z', b).removeAllListeners();
      log.push(e.eventNames());
    });
    expect(stand).toEqual(reference);
  });

  it('emits to the listeners it started with, even when one removes another', () => {
    const { stand, reference } = both((e, log) => {
      const second = () => log.push('second');
      e.on('x', () => {
        log.push('first');
        e.off('x', second);
      });
      e.on('x', second);
      e.emit('x');
      e.emit('x');
    });
    expect(stand).toEqual(reference);
  });
});
