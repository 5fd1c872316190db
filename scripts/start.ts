/**
 * `pnpm start`: the main job. Until the registry exists it prints a summary of the synthetic programme
 * from `@nayabato/core/synthetic`.
 */
console.log('Naya Bato: the synthetic programme will be summarised here.');
