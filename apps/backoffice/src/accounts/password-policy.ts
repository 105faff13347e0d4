import { consoleRefusal } from "../errors";
import { commonPasswords } from "./common-passwords";
import { normalizePassword } from "./passwords";

/**
 * The console's password rules, OWASP ASVS v4 2.1: 12 to 128 characters
 * (code points, after NFKC), any Unicode, no "one digit and one capital"
 * rules, and refused when a guesser's first tries would find it: made (but
 * for five characters or fewer) of common passwords and words, keyboard
 * walks, sequences, repeats and years, or containing the account's email. No
 * network: the list ships in the repo (`common-passwords.ts`).
 */
export const passwordLength = { min: 12, max: 128 } as const;

/** Characters a password must have outside the guessable chunks. */
const freeCharactersNeeded = 6;
const minChunk = 3;

const keyboardRows = [
  "`1234567890-=",
  "qwertyuiop[]\\",
  "asdfghjkl;'",
  "zxcvbnm,./",
  "ё1234567890-=",
  "йцукенгшщзхъ\\",
  "фывапролджэ",
  "ячсмитьбю.",
  // The columns, as typed top to bottom.
  "1qaz",
  "2wsx",
  "3edc",
  "4rfv",
  "5tgb",
  "6yhn",
  "7ujm",
  "8ik,",
  "9ol.",
  "0p;/",
  "1йфя",
  "2цыч",
  "3уву",
  "4кам",
  "5епи",
  "6нрт",
  "7гоь",
  "8шлб",
  "9щдю",
];

const leet: Record<string, string> = {
  "@": "a",
  "4": "a",
  "0": "o",
  "1": "i",
  "!": "i",
  "3": "e",
  "5": "s",
  $: "s",
  "7": "t",
  "8": "b",
  "9": "g",
};

const words = new Set(commonPasswords);
const longestWord = Math.max(...commonPasswords.map((w) => [...w].length));

const weak = (message: string) => consoleRefusal("WEAK_PASSWORD", message);

/**
 * Throws 400 WEAK_PASSWORD, with the reason in Russian and English, unless
 * `password` may be an account's password (the account's `email` is never part of it).
 */
export function assertPasswordAllowed(password: string, email: string): void {
  const chars = [...normalizePassword(password)];
  if (chars.length < passwordLength.min) {
    throw weak(
      `Пароль слишком короткий: нужно не меньше ${passwordLength.min} символов, сейчас ${chars.length}. ` +
        `The password is too short: at least ${passwordLength.min} characters, ${chars.length} given.`,
    );
  }
  if (chars.length > passwordLength.max) {
    throw weak(
      `Пароль слишком длинный: не больше ${passwordLength.max} символов. ` +
        `The password is too long: at most ${passwordLength.max} characters.`,
    );
  }
  const lower = chars.map((c) => c.toLowerCase());
  const part = emailPartIn(lower.join(""), email);
  if (part) {
    throw weak(
      `Пароль не должен содержать ваш email или его часть («${part}»). ` +
        `The password must not contain your email or a part of it ("${part}").`,
    );
  }
  const found = guessableChunks(lower);
  if (lower.length - found.covered < freeCharactersNeeded) {
    const example = found.chunks
      .slice(0, 3)
      .map((c) => `«${c}»`)
      .join(", ");
    throw weak(
      `Пароль легко подобрать: он состоит из распространённых слов и шаблонов (${example}), их пробуют первыми. ` +
        `Возьмите фразу из нескольких необычных слов. ` +
        `The password is easy to guess: it is made of common words and patterns (${example}), which are tried first. ` +
        `Use a phrase of several unusual words.`,
    );
  }
}

/** The email's local part (3+ characters) or a name of its domain (4+, not the top level) found in the password. */
function emailPartIn(password: string, email: string): string | null {
  const [local = "", domain = ""] = email.toLowerCase().split("@");
  const labels = domain.split(".").slice(0, -1);
  const parts = [local, ...local.split(/[._+-]/), ...labels].filter((p, i) => [...p].length >= (i === 0 ? 3 : 4));
  return parts.find((p) => password.includes(p)) ?? null;
}

/**
 * Walks the password left to right taking, at each place, the longest chunk a
 * guesser tries early; counts the characters they cover.
 */
function guessableChunks(chars: string[]): { covered: number; chunks: string[] } {
  const folded = chars.map((c) => leet[c] ?? c);
  const chunks: string[] = [];
  let covered = 0;
  let i = 0;
  while (i < chars.length) {
    const length = Math.max(
      wordAt(folded, i),
      wordAt(chars, i),
      runAt(chars, i, adjacentOnKeyboard),
      runAt(chars, i, inSequence),
      runAt(chars, i, (a, b) => a === b),
      repeatAt(chars, i),
      yearAt(chars, i),
    );
    if (length >= minChunk) {
      chunks.push(chars.slice(i, i + length).join(""));
      covered += length;
      i += length;
    } else {
      i += 1;
    }
  }
  return { covered, chunks };
}

function wordAt(chars: string[], i: number): number {
  for (let length = Math.min(longestWord, chars.length - i); length >= minChunk; length--) {
    if (words.has(chars.slice(i, i + length).join(""))) return length;
  }
  return 0;
}

/** How long a run from `i` is in which each character follows the one before by `follows`. */
function runAt(chars: string[], i: number, follows: (a: string, b: string, step: number) => boolean): number {
  let length = 1;
  const first = chars[i];
  const second = chars[i + 1];
  if (first === undefined || second === undefined) return length;
  const step = (second.codePointAt(0) ?? 0) - (first.codePointAt(0) ?? 0);
  while (i + length < chars.length && follows(chars[i + length - 1] ?? "", chars[i + length] ?? "", step)) length++;
  return length;
}

const inSequence = (a: string, b: string, step: number) =>
  Math.abs(step) === 1 && (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0) === step;

const adjacentOnKeyboard = (a: string, b: string) =>
  keyboardRows.some((row) => {
    const at = row.indexOf(a);
    return at >= 0 && (row[at + 1] === b || row[at - 1] === b);
  });

/** A chunk of 3+ characters that already started earlier ("kioskkiosk", "abababab"). */
function repeatAt(chars: string[], i: number): number {
  const text = chars.join("");
  const offset = chars.slice(0, i).join("").length;
  for (let length = chars.length - i; length >= minChunk; length--) {
    const found = text.indexOf(chars.slice(i, i + length).join(""));
    if (found >= 0 && found < offset) return length;
  }
  return 0;
}

const yearAt = (chars: string[], i: number) => (/^(19|20)\d\d/.test(chars.slice(i, i + 4).join("")) ? 4 : 0);
