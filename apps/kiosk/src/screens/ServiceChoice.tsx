import { useKiosk } from "../visit/context";
import { Button, Screen } from "../ui/Screen";
import { formatRubles, serviceTitles } from "../ui/format";

/** The two services with their prices, as the agent's catalog gives them. */
export function ServiceChoice() {
  const { dispatch, catalog } = useKiosk();
  const thicknessFrom = Math.min(...catalog.services.thickness.prices.map((p) => p.amount));
  return (
    <Screen
      name="service"
      title="Выберите услугу"
      actions={
        <Button kind="secondary" onClick={() => dispatch({ type: "back" })}>
          Назад
        </Button>
      }
    >
      <div className="cards">
        <button
          type="button"
          className="card"
          data-service="thickness"
          onClick={() => dispatch({ type: "chooseService", service: "thickness" })}
        >
          <span className="card-title">{serviceTitles.thickness}</span>
          <span className="card-text">
            Измерим толщину лакокрасочного покрытия в 44–50 точках кузова и покажем, где машину красили.
          </span>
          <span className="card-price">от {formatRubles(thicknessFrom)}</span>
        </button>
        <button
          type="button"
          className="card"
          data-service="diagnostics"
          onClick={() => dispatch({ type: "chooseService", service: "diagnostics" })}
        >
          <span className="card-title">{serviceTitles.diagnostics}</span>
          <span className="card-text">
            Подключимся к разъёму OBD-II, прочитаем ошибки электронных блоков и объясним их по-русски.
          </span>
          <span className="card-price">{formatRubles(catalog.services.diagnostics.price)}</span>
        </button>
      </div>
    </Screen>
  );
}
