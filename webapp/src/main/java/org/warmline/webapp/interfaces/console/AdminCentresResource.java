package org.warmline.webapp.interfaces.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.AuditLog;
import org.warmline.core.application.HelpCentres;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.refusal.InvalidInput;

/**
 * Help centres for admins ({@code /api/admin/centres}, issue 10): list, add, and change names, regions,
 * parent centre and pick-up times. A wrong field answers 422 problem+json with an {@code errors} member per
 * field (rules in {@link HelpCentres#problems}); every change is in the audit log. Routing and scoping
 * follow the change at once on this node.
 */
@Path("/api/admin/centres")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("ADMIN")
@Tag(name = "admin", description = "Help centres")
public class AdminCentresResource {

    /**
     * A help centre as admins see it.
     *
     * @param code                centre code
     * @param nameZh              Chinese name
     * @param nameEn              English name
     * @param regions             GB/T 2260 prefixes or {@code *}
     * @param parent              parent centre code, or null for a top centre
     * @param urgentPickupSeconds own urgent pick-up time in seconds, or null for the default
     * @param normalPickupSeconds own normal pick-up time in seconds, or null for the default
     */
    public record CentreDto(String code, String nameZh, String nameEn, List<String> regions, String parent,
                            Integer urgentPickupSeconds, Integer normalPickupSeconds) { }

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    /** @return every centre, by code */
    @GET
    @Operation(summary = "Help centres with regions, parent and pick-up times (admins)")
    public List<CentreDto> list() {
        return centres.all().stream().map(AdminCentresResource::dto).toList();
    }

    /**
     * @param body the new centre (code, names, regions, parent, pick-up times)
     * @return 201 with the centre
     * @throws InvalidInput (422) with what is wrong per field
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add a help centre (admins; 422 with errors per field; audited)")
    public Response create(CentreDto body) {
        HelpCentre saved = save(body, body == null ? null : body.code(), true);
        return Response.status(201).entity(dto(saved)).build();
    }

    /**
     * @param code the centre
     * @param body its new names, regions, parent and pick-up times (the code stays)
     * @return the centre
     * @throws NotFoundException (404) for an unknown centre
     * @throws InvalidInput (422) with what is wrong per field
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Change a help centre's names, regions, parent and pick-up times (admins; 422 per field; audited)")
    public CentreDto change(@PathParam("code") String code, CentreDto body) {
        if (centres.byCode(code).isEmpty()) {
            throw new NotFoundException("no help centre " + code);
        }
        return dto(save(body, code, false));
    }

    private HelpCentre save(CentreDto body, String code, boolean adding) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body with the centre is required");
        }
        HelpCentres.Form form = new HelpCentres.Form(code, body.nameZh(), body.nameEn(), body.regions(),
                body.parent(), body.urgentPickupSeconds(), body.normalPickupSeconds());
        Map<String, String> errors = centres.problems(form, adding);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        HelpCentre saved = centres.save(form, adding);
        audit.record(security.getUserPrincipal().getName(), adding ? "centre.create" : "centre.change", "help-centre",
                saved.code(), "regions " + String.join(",", saved.regions()) + ", parent " + saved.parentCode()
                        + ", pick-up " + saved.urgentPickupSeconds() + "/" + saved.normalPickupSeconds() + " s");
        return saved;
    }

    private static CentreDto dto(HelpCentre c) {
        return new CentreDto(c.code(), c.nameZh(), c.nameEn(), c.regions(), c.parentCode(),
                c.urgentPickupSeconds(), c.normalPickupSeconds());
    }
}
