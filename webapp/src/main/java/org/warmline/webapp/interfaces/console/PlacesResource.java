package org.warmline.webapp.interfaces.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.PlaceSuggestions;
import org.warmline.core.interfaces.rest.QueryLimits;

/**
 * Place suggestions for the staff pages' place fields ({@code GET /api/places?q=杭州&lang=zh}, issue 10
 * item 5): a coordinator or operator types a place or station name and picks a place; the page then
 * shows its label and sends its GB/T 2260 code. Staff only; at most 20 results; no personal data.
 */
@Path("/api/places")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "places", description = "Place names (GB/T 2260) and railway stations")
public class PlacesResource {

    /**
     * @param q     what was typed: a place name (杭州, 杭州市, 萧山区), a station (杭州东站), pinyin or a code;
     *              at most 40 characters (400 otherwise); blank gives an empty list
     * @param lang  "en" for English labels, Chinese otherwise
     * @param limit at most this many (default 10, max 20)
     * @return suggestions, best first, each with code, official name, label (with province and city),
     *         level and the station that led to it
     */
    @GET
    @Operation(summary = "Suggest places for a typed name (staff); same-named places carry their province and city")
    public List<PlaceSuggestions.Suggestion> suggest(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                                     @QueryParam("limit") String limit) {
        try {
            return PlaceSuggestions.load().suggest(q, lang != null && lang.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en"),
                    QueryLimits.parse(limit, 10, 20));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
