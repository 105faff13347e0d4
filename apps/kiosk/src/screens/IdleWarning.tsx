import { Button } from "../ui/Screen";
import { formatCountdown } from "../ui/format";

/** "Are you still here?": a touch keeps the visit, the countdown ending starts over. */
export function IdleWarning({ leftMs, onStay }: { leftMs: number; onStay: () => void }) {
  return (
    <div className="dialog-backdrop" data-dialog="idle">
      <div className="dialog" role="alertdialog" aria-labelledby="idle-title">
        <h2 id="idle-title">Вы ещё здесь?</h2>
        <p>Если ничего не нажать, через {formatCountdown(leftMs)} мы вернёмся к началу.</p>
        <Button name="stay" onClick={onStay}>
          Да, продолжить
        </Button>
      </div>
    </div>
  );
}
