import type { ReactNode } from "react";
import { useKiosk } from "../visit/context";
import type { Service } from "../visit/machine";
import { Button, Screen } from "../ui/Screen";
import { formatRubles, serviceTitles } from "../ui/format";

/** Why a card cannot be chosen: the agent says the service's device does not answer now. */
const unavailableReasons: Record<Service, string> = {
  thickness: "Толщинометрия временно недоступна",
  diagnostics: "Диагностика временно недоступна",
};

/**
 * The two services with their prices, as the agent's catalog gives them. A service
 * whose device is down is shown but cannot be chosen (the agent would refuse its
 * payment anyway); the catalog is re-read by the kiosk's heartbeat, so it comes back by itself.
 */
export function ServiceChoice() {
  const { dispatch, catalog } = useKiosk();
  const { thickness, diagnostics } = catalog.services;
  const thicknessFrom = Math.min(...thickness.prices.map((p) => p.amount));
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
        <ServiceCard service="thickness" available={thickness.available} price={`от ${formatRubles(thicknessFrom)}`}>
          Измерим толщину лакокрасочного покрытия в 44–50 точках кузова и покажем, где машину красили.
        </ServiceCard>
        <ServiceCard service="diagnostics" available={diagnostics.available} price={formatRubles(diagnostics.price)}>
          Подключимся к разъёму OBD-II, прочитаем ошибки электронных блоков и объясним их по-русски.
        </ServiceCard>
      </div>
    </Screen>
  );
}

function ServiceCard(props: { service: Service; available: boolean; price: string; children: ReactNode }) {
  const { dispatch } = useKiosk();
  const { service, available } = props;
  return (
    <button
      type="button"
      className={`card${available ? "" : " card-unavailable"}`}
      data-service={service}
      data-available={available}
      disabled={!available}
      onClick={() => dispatch({ type: "chooseService", service })}
    >
      <span className="card-title">{serviceTitles[service]}</span>
      <span className="card-text">{props.children}</span>
      {available ? (
        <span className="card-price">{props.price}</span>
      ) : (
        <span className="card-unavailable-reason" role="status">
          {unavailableReasons[service]}
        </span>
      )}
    </button>
  );
}
