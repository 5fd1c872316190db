export { ID_PREFIXES, type IdKind, idSchema, newId } from './ids.js';
export { FreeTextSchema, IsoDateSchema, IsoDateTimeSchema, NprSchema, ShortTextSchema } from './primitives.js';
export { type FieldSensitivity, redact, Sensitivity, type SensitivityClass } from './sensitivity.js';
