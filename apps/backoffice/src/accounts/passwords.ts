import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, one
 * lane): about 10 ms a check on this machine, enough to make a stolen table
 * slow to guess, cheap enough for a login page. `2` is `Algorithm.Argon2id`
 * (a const enum, which isolated modules cannot read).
 */
export const argon2Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * A hash of nothing anyone knows, made once with `argon2Options`: a sign-in for
 * an email without an account is checked against it, so it takes as long as a
 * wrong password for one that has (no early answer tells them apart).
 */
export const dummyPasswordHash =
  "$argon2id$v=19$m=19456,t=2,p=1$fOR+14+SwOI+WmkN8GdO5g$+bfDeD37x2+M1IHQao//H+Cjh2uxCTSXkcMerlpyIy4";

/**
 * The same password typed on two keyboards is one password: NFKC folds
 * compatibility forms (a full-width digit, a ligature) before hashing, as
 * NIST SP 800-63B asks.
 */
export const normalizePassword = (password: string) => password.normalize("NFKC");

/** The argon2id hash (PHC string, salt inside) a password is kept as. */
export const hashPassword = (password: string): Promise<string> => hash(normalizePassword(password), argon2Options);

/** Whether `password` is the one `passwordHash` was made from; a malformed hash is simply no match. */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}
