import { useState } from "react";
import { Keyboard } from "../input/Keyboard";
import { useKiosk } from "../visit/context";
import type { Service } from "../visit/machine";
import { Button, Screen } from "../ui/Screen";
import { formatRubles, vehicleTitles } from "../ui/format";

const popularMakes = ["Lada", "Toyota", "Kia", "Hyundai", "Volkswagen", "Renault", "Skoda", "Nissan", "Haval", "Chery"];

/** Thickness: the body type, each with its price. Diagnostics: make and model. */
export function VehicleChoice({ service }: { service: Service }) {
  const { dispatch, catalog } = useKiosk();
  const back = (
    <Button kind="secondary" onClick={() => dispatch({ type: "back" })}>
      Назад
    </Button>
  );
  if (service === "thickness") {
    return (
      <Screen
        name="vehicle"
        title="Какой у вас кузов?"
        lead="От типа кузова зависит число точек измерения и цена"
        actions={back}
      >
        <div className="cards">
          {catalog.services.thickness.prices.map(({ vehicleType, amount }) => (
            <button
              type="button"
              key={vehicleType}
              className="card card-compact"
              data-vehicle={vehicleType}
              onClick={() => dispatch({ type: "chooseVehicle", vehicle: { type: vehicleType } })}
            >
              <span className="card-title">{vehicleTitles[vehicleType]}</span>
              <span className="card-price">{formatRubles(amount)}</span>
            </button>
          ))}
        </div>
      </Screen>
    );
  }
  return <MakeAndModel back={back} />;
}

function MakeAndModel({ back }: { back: React.ReactNode }) {
  const { dispatch } = useKiosk();
  const [make, setMake] = useState("");
  const [model, setModel] = useState("");
  const [field, setField] = useState<"make" | "model">("make");
  const [current, setCurrent] = field === "make" ? [make, setMake] : [model, setModel];
  const ready = make.trim().length > 0 && model.trim().length > 0;
  return (
    <Screen
      name="vehicle"
      title="Марка и модель"
      lead="Они будут в отчёте"
      actions={
        <>
          {back}
          <Button
            name="next"
            disabled={!ready}
            onClick={() => dispatch({ type: "chooseVehicle", vehicle: { make: make.trim(), model: model.trim() } })}
          >
            Далее
          </Button>
        </>
      }
    >
      <div className="chips">
        {popularMakes.map((m) => (
          <button
            type="button"
            key={m}
            className={`chip${make === m ? " chip-on" : ""}`}
            onClick={() => {
              setMake(m);
              setField("model");
            }}
          >
            {m}
          </button>
        ))}
      </div>
      <div className="fields">
        <button
          type="button"
          className={`field${field === "make" ? " field-active" : ""}`}
          data-field="make"
          onClick={() => setField("make")}
        >
          <span className="field-label">Марка</span>
          <span className="field-value">{make || "\u00a0"}</span>
        </button>
        <button
          type="button"
          className={`field${field === "model" ? " field-active" : ""}`}
          data-field="model"
          onClick={() => setField("model")}
        >
          <span className="field-label">Модель</span>
          <span className="field-value">{model || "\u00a0"}</span>
        </button>
      </div>
      <Keyboard
        key={field}
        mode="text"
        onText={(text) => setCurrent((current + text).slice(0, 60))}
        onBackspace={() => setCurrent(current.slice(0, -1))}
      />
    </Screen>
  );
}
