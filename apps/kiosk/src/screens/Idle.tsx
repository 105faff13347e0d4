import { useKiosk } from "../visit/context";
import { Screen } from "../ui/Screen";

/** The attract screen: a touch anywhere starts a visit. */
export function Idle() {
  const { dispatch, catalog } = useKiosk();
  return (
    <div className="attract" onClick={() => dispatch({ type: "start" })} role="button" tabIndex={0}>
      <Screen name="idle">
        <p className="brand">{catalog.companyName}</p>
        <h1 className="attract-title">Проверьте автомобиль сами — за несколько минут</h1>
        <ul className="attract-services">
          <li>
            <span className="attract-icon" aria-hidden>
              ◎
            </span>
            Толщина краски: найдём перекрас и шпаклёвку
          </li>
          <li>
            <span className="attract-icon" aria-hidden>
              ⚙
            </span>
            Диагностика OBD-II: прочитаем коды неисправностей
          </li>
        </ul>
        <p className="attract-hint">Коснитесь экрана, чтобы начать</p>
      </Screen>
    </div>
  );
}
