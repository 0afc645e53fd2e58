package org.warmline.returnhome.infrastructure.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.temporal.ChronoUnit;
import org.warmline.returnhome.domain.planning.Demand;

/** The planning entity: one party (never split) and the vehicle it rides. */
@PlanningEntity
public class PartyAssignment {

    @PlanningId
    private Long id;
    private Demand demand;
    private String stop;

    @PlanningVariable
    private VehicleSlot vehicle;

    /** For the solver. */
    public PartyAssignment() {
    }

    /** @param demand the party @param vehicle its initial vehicle, or null */
    public PartyAssignment(Demand demand, VehicleSlot vehicle) {
        this.id = demand.requestId();
        this.demand = demand;
        this.stop = demand.destinationCode();
        this.vehicle = vehicle;
    }

    /** @return the party */
    public Demand getDemand() {
        return demand;
    }

    /** @return the stop it needs */
    public String getStop() {
        return stop;
    }

    /** @return seats it needs */
    public int getPeople() {
        return demand.people();
    }

    /** @return its vehicle */
    public VehicleSlot getVehicle() {
        return vehicle;
    }

    /** @param vehicle its vehicle */
    public void setVehicle(VehicleSlot vehicle) {
        this.vehicle = vehicle;
    }

    /** @return whether the vehicle's day lies in the party's window */
    public boolean dayFits() {
        return demand.accepts(vehicle.getDate());
    }

    /** @return days between the vehicle's day and the asked day */
    public int daysOff() {
        return (int) Math.abs(ChronoUnit.DAYS.between(demand.askedDate(), vehicle.getDate()));
    }
}
