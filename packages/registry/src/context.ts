import type { Principal } from './auth/principal.js';
import type { Database, Queryable } from './db/database.js';
import type { RegistrySettings } from './settings.js';

/** The Hono environment of the registry's routes: what middlewares put on the context. */
export interface AppEnv {
  Variables: {
    /** This request's id (also the `X-Request-Id` response header). */
    requestId: string;
    /** Who is calling, once authenticated. */
    principal: Principal;
    /** The database handle for this request: the open transaction for writes. */
    db: Queryable;
    /** The database itself (for middlewares that run outside the request's transaction). */
    database: Database;
    /** The parsed and validated JSON body. */
    body: unknown;
    settings: RegistrySettings;
    /** Set by `forgetCredentials`: the credential cache is cleared again once the request has committed. */
    credentialsChanged: boolean;
    /** Headers every answer to this request carries (see `addAnswerHeaders`), written when it leaves. */
    answerHeaders: Record<string, string>;
  };
}
