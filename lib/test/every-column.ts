import { SECRET_COLUMNS } from "../db/secret-columns";

type SecretModel = keyof typeof SECRET_COLUMNS;

/**
 * An `omit` that brings back a model's secret columns (lib/db/secret-columns.ts), for tests that
 * check a whole row: `db.signature.findFirst({ where, omit: everyColumn("signature") })`.
 */
export function everyColumn<M extends SecretModel>(model: M): { [K in keyof (typeof SECRET_COLUMNS)[M]]: false } {
  return Object.fromEntries(Object.keys(SECRET_COLUMNS[model]).map((column) => [column, false])) as {
    [K in keyof (typeof SECRET_COLUMNS)[M]]: false;
  };
}
