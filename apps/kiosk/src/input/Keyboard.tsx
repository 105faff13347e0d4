import { useState } from "react";

export type KeyboardMode = "text" | "email" | "phone";

const rows = {
  ru: ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"],
  en: ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
  digits: ["1234567890"],
} as const;

const emailShortcuts = ["@mail.ru", "@yandex.ru", "@gmail.com", "@bk.ru", ".ru", ".com"];

interface KeyboardProps {
  mode: KeyboardMode;
  onText: (text: string) => void;
  onBackspace: () => void;
}

/**
 * A touchscreen kiosk has no physical keyboard: this one types into the field
 * that is active. Russian and Latin letters for names, Latin and address parts
 * for email, a phone pad for numbers. Every key is at least 64 px.
 */
export function Keyboard({ mode, onText, onBackspace }: KeyboardProps) {
  const [layout, setLayout] = useState<"ru" | "en">(mode === "text" ? "ru" : "en");
  const [upper, setUpper] = useState(mode === "text");
  const key = (label: string, text = label, wide = false) => (
    <button
      type="button"
      key={label}
      className={`key${wide ? " key-wide" : ""}`}
      onClick={() => {
        onText(text);
        if (mode === "text" && upper) setUpper(false);
      }}
    >
      {label}
    </button>
  );
  const backspace = (
    <button type="button" className="key key-wide" aria-label="Стереть" onClick={onBackspace}>
      ⌫
    </button>
  );

  if (mode === "phone") {
    return (
      <div className="keyboard keyboard-phone" data-keyboard="phone">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => key(d))}
        <span />
        {key("0")}
        {backspace}
      </div>
    );
  }
  const letters = mode === "email" ? rows.en : rows[layout];
  const cased = (s: string) => (upper && mode === "text" ? s.toUpperCase() : s);
  return (
    <div className="keyboard" data-keyboard={mode}>
      <div className="keyboard-row">{[...rows.digits[0]].map((d) => key(d))}</div>
      {letters.map((row) => (
        <div className="keyboard-row" key={row}>
          {[...row].map((c) => key(cased(c), cased(c)))}
        </div>
      ))}
      <div className="keyboard-row">
        {mode === "text" ? (
          <>
            <button type="button" className="key key-wide" onClick={() => setUpper(!upper)}>
              {upper ? "абв" : "АБВ"}
            </button>
            <button type="button" className="key key-wide" onClick={() => setLayout(layout === "ru" ? "en" : "ru")}>
              {layout === "ru" ? "EN" : "РУС"}
            </button>
            {key("-")}
            {key("пробел", " ", true)}
          </>
        ) : (
          <>
            {key("@")}
            {key(".")}
            {key("-")}
            {key("_")}
          </>
        )}
        {backspace}
      </div>
      {mode === "email" ? <div className="keyboard-row">{emailShortcuts.map((s) => key(s, s, true))}</div> : null}
    </div>
  );
}
