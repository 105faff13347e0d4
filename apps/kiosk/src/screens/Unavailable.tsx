import { Screen } from "../ui/Screen";

/** The agent does not answer: say so, keep trying (the kiosk does it by itself), resume when it is back. */
export function Unavailable() {
  return (
    <Screen
      name="unavailable"
      title="Терминал временно недоступен"
      lead="Мы уже восстанавливаем связь. Пожалуйста, подождите немного."
    >
      <div className="spinner" aria-hidden />
    </Screen>
  );
}
